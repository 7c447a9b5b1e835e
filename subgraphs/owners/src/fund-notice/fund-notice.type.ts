import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum FundNoticeVerificationStatus {
  IN_FORCE = 'IN_FORCE',
  SUPERSEDED = 'SUPERSEDED',
  UNKNOWN = 'UNKNOWN',
}

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
export class FundNoticeVerification {
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
