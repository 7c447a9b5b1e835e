import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';
import { pathOf } from '../../../platform/access/place-path.js';
import { checkedKey, priorWrite } from '../idempotency/idempotent-write.js';
import { OwnersFundNotice } from './fund-notice.entity.js';
import { PublishOwnersFundNoticeInput } from './fund-notice.input.js';
import { requireFundNoticePublisher } from './fund-notice.access.js';
import { parseFundPeriod } from './fund-period.js';
import { fundNoticeCode, fundPeriodFacts } from './fund-notice-facts.js';
import { findPublishedFundNotice } from './fund-notice.service.js';
import { FundNoticeVerification, FundNoticeVerificationStatus } from './fund-notice.type.js';
import { randomUUID } from 'node:crypto';

/** Where the gateway serves a fund notice, without a token: HTML here, PDF with `.pdf`. */
export function publicFundNoticePath(code: string): string {
  return `/fund-notices/${code}`;
}

const DAY_MS = 86_400_000;
/**
 * How long after a period's end its notice may first be published: an entry recorded just before the end may still
 * be committing (its time is taken before its transaction ends), and a notice must list every entry of its period.
 */
export const PUBLICATION_GRACE_MS = 10 * 60_000;
/** How long a fund notice stays posted when the committee does not say (公示天数). */
export const DEFAULT_POSTED_DAYS = 15;

@Resolver(() => OwnersFundNotice)
export class OwnersFundNoticeResolver {
  @FieldResolver(() => String, { description: 'Path on the gateway where anyone may read the notice (公示链接): HTML, or PDF with ".pdf".' })
  publicPath(@Root() notice: OwnersFundNotice): string {
    return publicFundNoticePath(notice.verificationCode);
  }

  @Mutation(() => OwnersFundNotice, {
    description:
      'Publishes the fund-use notice of a period (资金使用情况公示, 民法典第二百八十一条): the maintenance-fund and public-revenue entries of the period with each ' +
      "fund's opening and closing balance and each entry's authorising resolution or emergency. Only once the period has ended by the server's clock; once per period. The committee only.",
  })
  async publishOwnersFundNotice(
    @Arg('input', () => PublishOwnersFundNoticeInput, { description: 'Which period and where it is posted.' }) input: PublishOwnersFundNoticeInput,
    @Ctx() ctx: OwnersContext,
  ): Promise<OwnersFundNotice> {
    const committee = await requireFundNoticePublisher(ctx);
    const key = checkedKey(input.idempotencyKey);
    const period = parseFundPeriod(input.period);
    if (!period) throw badUserInput('period must be a quarter such as 2026-Q3 or a half-year such as 2026-H1.', { field: 'period' });
    const retried = await priorWrite(ctx.em, OwnersFundNotice, ctx.caller.subject, key, (prior) => prior.period === period.label && prior.neighborhoodId === committee.neighborhoodId);
    if (retried) return retried;
    const now = ctx.clock.now();
    if (now.getTime() < period.end.getTime() + PUBLICATION_GRACE_MS) {
      throw badUserInput('This period has not ended yet, or ended less than 10 minutes ago: publish its notice after that (China time).', { field: 'period' });
    }
    const published = 'This period has already been published: read its notice in ownersFundNotices.';
    if (await ctx.em.findOne(OwnersFundNotice, { neighborhoodId: committee.neighborhoodId, period: period.label })) throw conflict(published);
    const id = randomUUID();
    const facts = await fundPeriodFacts(ctx.em, committee.neighborhoodId, period);
    const notice = ctx.em.create(OwnersFundNotice, {
      id,
      ...pathOf(committee),
      recordedBy: ctx.caller.subject,
      recordedAt: now,
      period: period.label,
      periodStart: period.start,
      periodEnd: period.end,
      postedUntil: new Date(now.getTime() + (input.postedDays ?? DEFAULT_POSTED_DAYS) * DAY_MS),
      place: input.place.trim(),
      entryIds: facts.entries.map((entry) => entry.id),
      verificationCode: fundNoticeCode(id, committee.neighborhoodId, period, facts),
      idempotencyKey: key,
    });
    try {
      await ctx.em.flush();
    } catch (error) {
      if ((error as { code?: string }).code !== '23505') throw error;
      const first = await priorWrite(ctx.em.fork(), OwnersFundNotice, ctx.caller.subject, key, () => true);
      if (first) return first;
      throw conflict(published);
    }
    return notice;
  }

  @Query(() => FundNoticeVerification, {
    description:
      'Checks the verification code of a posted fund-use notice (资金公示核验): whether a published notice has it with its entries as recorded, and whether they still stand. Any caller.',
  })
  async verifyOwnersFundNotice(
    @Arg('code', () => String, { description: 'The code as printed, e.g. "3F1C-2A4E-7KQ9"; case, spaces and hyphens do not matter.' }) code: string,
    @Ctx() ctx: OwnersContext,
  ): Promise<FundNoticeVerification> {
    const notice = await findPublishedFundNotice(ctx.em, code.slice(0, 40));
    if (!notice) {
      return { status: FundNoticeVerificationStatus.UNKNOWN, genuine: false, inForce: false, supersededAt: null, period: null, publishedAt: null, postedUntil: null, publicPath: null };
    }
    return {
      status: FundNoticeVerificationStatus[notice.status],
      genuine: true,
      inForce: notice.status === 'IN_FORCE',
      supersededAt: notice.supersededAt ? new Date(notice.supersededAt) : null,
      period: notice.period,
      publishedAt: new Date(notice.publishedAt),
      postedUntil: new Date(notice.postedUntil),
      publicPath: publicFundNoticePath(notice.code),
    };
  }
}
