import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { IsPositiveDecimal } from '../../../platform/scalars/positive-decimal.js';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';
import { FundEntryKind } from './fund-entry-kind.js';

@InputType({ description: 'A maintenance-fund application or public-revenue entry, with the resolution or emergency that authorises it.' })
export class RecordOwnersFundEntryInput {
  @Field(() => FundEntryKind, { description: 'What kind of entry.' })
  @IsEnum(FundEntryKind)
  kind!: FundEntryKind;

  @Field(() => DecimalScalar, { description: 'Amount in yuan, more than 0, two decimals at most.' })
  @IsPositiveDecimal(1_000_000_000)
  amount!: string;

  @Field(() => String, { description: 'Purpose or source (用途/来源).' })
  @Length(1, 300, { message: 'purpose must be 1 to 300 characters long' })
  purpose!: string;

  @Field(() => ID, { nullable: true, description: 'The PASSED resolution authorising it; give this or emergencyReason.' })
  @IsOptional()
  @IsUUID('all', { message: 'resolutionId must be an id' })
  resolutionId?: string;

  @Field(() => String, { nullable: true, description: 'A documented emergency (紧急情况, e.g. 电梯故障危及安全) where the rules allow one instead of a resolution.' })
  @IsOptional()
  @Length(10, 2000, { message: 'emergencyReason must be 10 to 2000 characters long' })
  emergencyReason?: string;

  @Field(() => String, { nullable: true, description: 'A key unique to this submission (8–100 letters, digits, - or _): a retry with the same key returns the first entry.' })
  @IsOptional()
  idempotencyKey?: string;
}
