import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ResolutionOutcome } from '../resolution/resolution-outcome.js';

export enum NoticeVerificationStatus {
  IN_FORCE = 'IN_FORCE',
  CORRECTED = 'CORRECTED',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(NoticeVerificationStatus, {
  name: 'NoticeVerificationStatus',
  description: 'What a 公示 notice\'s verification code stands for (核验结果).',
  valuesConfig: {
    IN_FORCE: { description: 'A published resolution, as recorded, not corrected since (有效).' },
    CORRECTED: { description: 'A published resolution that a later correction replaced (已更正): read the correction\'s notice.' },
    UNKNOWN: { description: 'No published resolution has this code (无此公示): the copy is not genuine or was mistyped.' },
  },
});

@ObjectType('ResolutionNotice', { description: 'The printable 公示 notice of a resolution (决议公示文书).' })
export class ResolutionNotice {
  @Field(() => String, { description: 'Verification code printed on the notice (核验码), derived from the recorded resolution.' })
  verificationCode!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Path on the gateway where anyone may read the notice once published (公示链接): HTML, or PDF with ".pdf". Null until published.',
  })
  publicPath!: string | null;
}

@ObjectType('NoticeVerification', { description: 'Whether a posted 公示 notice is genuine and still in force (公示核验).' })
export class NoticeVerification {
  @Field(() => NoticeVerificationStatus, { description: 'The answer (核验结果).' })
  status!: NoticeVerificationStatus;

  @Field(() => Boolean, { description: 'A published resolution has this code (真实).' })
  genuine!: boolean;

  @Field(() => Boolean, { description: 'Genuine and not replaced by a correction (仍然有效).' })
  inForce!: boolean;

  @Field(() => String, { nullable: true, description: 'The decided motion, to compare with the copy (事项).' })
  title!: string | null;

  @Field(() => ResolutionOutcome, { nullable: true, description: 'The decision, to compare with the copy (表决结果).' })
  outcome!: ResolutionOutcome | null;

  @Field(() => Date, { nullable: true, description: 'When it was decided (表决时间).' })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The correction\'s code, when one replaced it (更正后的核验码).' })
  correctedByCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Where anyone may read the genuine notice (公示链接).' })
  publicPath!: string | null;
}
