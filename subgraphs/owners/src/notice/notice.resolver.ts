import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { Resolution } from '../resolution/resolution.entity.js';
import { ResolutionOutcome } from '../resolution/resolution-outcome.js';
import { noticeCode } from './notice-code.js';
import { findPublishedNotice, noticeFactsOf } from './resolution-notice.service.js';
import { NoticeVerification, NoticeVerificationStatus, ResolutionNotice } from './notice.type.js';

/** Where the gateway serves a published notice, without a token: HTML here, PDF with `.pdf`. */
export function publicNoticePath(code: string): string {
  return `/notices/${code}`;
}

@Resolver(() => Resolution)
export class ResolutionNoticeResolver {
  @FieldResolver(() => ResolutionNotice, { description: 'Its printable 公示 notice: the verification code, and the public link once published (公示文书).' })
  async notice(@Root() resolution: Resolution, @Ctx() ctx: OwnersContext): Promise<ResolutionNotice> {
    const code = noticeCode(noticeFactsOf(resolution));
    const published = (await ctx.loaders.publicationOfResolution.load(resolution.id)).length > 0;
    return { verificationCode: code, publicPath: published ? publicNoticePath(code) : null };
  }

  @Query(() => NoticeVerification, {
    description:
      'Checks the verification code of a posted 公示 notice (公示核验): whether a published resolution has it and whether it is still in force. ' +
      'Any caller; a published notice is public, an unpublished resolution is never confirmed.',
  })
  async verifyResolutionNotice(
    @Arg('code', () => String, { description: 'The code as printed, e.g. "3F1C-2A4E-7KQ9"; case, spaces and hyphens do not matter.' }) code: string,
    @Ctx() ctx: OwnersContext,
  ): Promise<NoticeVerification> {
    const notice = await findPublishedNotice(ctx.em, code.slice(0, 40));
    if (!notice) {
      return { status: NoticeVerificationStatus.UNKNOWN, genuine: false, inForce: false, title: null, outcome: null, decidedAt: null, correctedByCode: null, publicPath: null };
    }
    return {
      status: notice.status === 'IN_FORCE' ? NoticeVerificationStatus.IN_FORCE : NoticeVerificationStatus.CORRECTED,
      genuine: true,
      inForce: notice.status === 'IN_FORCE',
      title: notice.title,
      outcome: notice.outcome as ResolutionOutcome,
      decidedAt: new Date(notice.decidedAt),
      correctedByCode: notice.correctedByCode,
      publicPath: publicNoticePath(notice.code),
    };
  }
}
