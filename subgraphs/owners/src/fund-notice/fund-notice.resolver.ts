import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';
import { pathOf } from '../../../platform/access/place-path.js';
import { NeighborhoodStub } from '../stubs/registry.stub.js';
import { checkedKey, priorWrite } from '../idempotency/idempotent-write.js';
import { OwnersFundNotice } from './fund-notice.entity.js';
import { PublishOwnersFundNoticeInput } from './fund-notice.input.js';
import { readsFundRecord, requireFundNoticePublisher } from './fund-notice.access.js';
import { parseFundPeriod } from './fund-period.js';
import { fundNoticeCode, fundPeriodFacts } from './fund-notice-facts.js';
import { findPublishedFundNotice } from './fund-notice.service.js';
import { randomUUID } from 'node:crypto';

/** Where the gateway serves a fund notice, without a token: HTML here, PDF with `.pdf`. */
export function publicFundNoticePath(code: string): string {
  return `/fund-notices/${code}`;
}

export enum FundNoticeVerificationStatus {
  IN_FORCE = 'IN_FORCE',
  SUPERSEDED = 'SUPERSEDED',
  UNKNOWN = 'UNKNOWN',
}

const DAY_MS = 86_400_000;
/**
 * How long after a period's end its notice may first be published: an entry recorded just before the end may still
 * be committing (its time is taken before its transaction ends), and a notice must list every entry of its period.
 */
export const PUBLICATION_GRACE_MS = 10 * 60_000;
/** How long a fund notice stays posted when the committee does not say (公示天数). */
export const DEFAULT_POSTED_DAYS = 15;
registerEnumType(FundNoticeVerificationStatus, {
  name: 'FundNoticeVerificationStatus',
  description: "What a fund-use notice's verification code stands for (核验结果).",
  valuesConfig: {
    IN_FORCE: { description: 'A published fund-use notice whose entries are as recorded and stand (真实、有效).' },
    SUPERSEDED: { description: 'A genuine notice, but an entry it lists was reversed after it was published (已更正): read the later period\'s notice.' },
    UNKNOWN: { description: 'No published fund-use notice has this code (无此公示): the copy is not genuine or was mistyped.' },
  },
});

@ObjectType('FundNoticeVerification', { description: 'Whether a posted fund-use notice is genuine (资金公示核验).' })
class FundNoticeVerification {
  @Field(() => FundNoticeVerificationStatus, { description: 'The answer (核验结果).' })
  status!: FundNoticeVerificationStatus;

  @Field(() => Boolean, { description: 'A published fund-use notice has this code (真实).' })
  genuine!: boolean;

  @Field(() => Boolean, { description: 'Genuine, and no entry it lists has been reversed since it was published (有效).' })
  inForce!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the first reversal of one of its entries was recorded after publication (更正时间); null otherwise.' })
  supersededAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Its period, to compare with the copy (公示期间).' })
  period!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was published (公示时间).' })
  publishedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'The last day it stays posted (公示期至).' })
  postedUntil!: Date | null;

  @Field(() => String, { nullable: true, description: 'Where anyone may read the genuine notice (公示链接).' })
  publicPath!: string | null;
}

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

@Resolver(() => NeighborhoodStub)
export class NeighborhoodFundNoticesResolver {
  @FieldResolver(() => [OwnersFundNotice], {
    description: "The neighborhood's published fund-use notices, newest period first (资金使用情况公示): for those who read its fund ledger; empty for everyone else.",
  })
  async ownersFundNotices(@Root() neighborhood: NeighborhoodStub, @Ctx() ctx: OwnersContext): Promise<OwnersFundNotice[]> {
    const notices = await ctx.loaders.fundNoticesOfNeighborhood.load(neighborhood.id.toLowerCase());
    const readable: OwnersFundNotice[] = [];
    for (const notice of notices) if (await readsFundRecord(ctx, notice)) readable.push(notice);
    return readable.sort((a, b) => b.periodStart.getTime() - a.periodStart.getTime());
  }
}
