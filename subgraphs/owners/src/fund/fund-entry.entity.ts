import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { OwnersRecord } from '../owners-record.js';
import { FundEntryKind } from './fund-entry-kind.js';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';
import { Resolution } from '../resolution/resolution.entity.js';

/** A maintenance-fund application or public-revenue ledger entry, authorised by a resolution or an emergency. Immutable. */
@ObjectType({ description: 'A maintenance-fund application (维修资金使用申请) or public-revenue ledger entry (公共收益台账).' })
@Entity({ tableName: 'owners_fund_entry' })
@Check({ name: 'owners_fund_entry_authorised', expression: '(resolution_id is not null) <> (emergency_reason is not null)' })
@Check({ name: 'owners_fund_entry_amount_positive', expression: 'amount > 0' })
@Check({ name: 'owners_fund_entry_reversal_reason', expression: '(reverses_entry_id is null) = (correction_reason is null)' })
export class OwnersFundEntry extends OwnersRecord<'resolutionId' | 'emergencyReason' | 'idempotencyKey' | 'reversesEntryId' | 'correctionReason'> {
  /** The writer's idempotency key, if one was given: a retry with it returns this record. */
  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey: string | null = null;

  @Field(() => FundEntryKind, { description: 'What kind of entry (类别).' })
  @Enum({ items: () => FundEntryKind, nativeEnumName: 'owners_fund_entry_kind' })
  kind!: FundEntryKind;

  @Field(() => DecimalScalar, { description: 'Amount in yuan (金额).' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  amount!: string;

  @Field(() => String, { description: 'Purpose or source (用途/来源).' })
  @Property({ type: 'string', length: 300 })
  purpose!: string;

  @ManyToOne(() => Resolution, { mapToPk: true, fieldName: 'resolution_id', nullable: true, deleteRule: 'restrict' })
  resolutionId: string | null = null;

  @Field(() => String, { nullable: true, description: 'The documented emergency (紧急情况说明) that stands in for a resolution.' })
  @Property({ type: 'text', nullable: true })
  emergencyReason: string | null = null;

  /**
   * The entry this one reverses in full (红字冲销): same kind, amount and authority, opposite effect, booked when it is
   * recorded. Each entry is reversed at most once; the right figure, if any, is then recorded as a new entry.
   */
  @Field(() => ID, { nullable: true, description: 'The entry this one reverses (红字冲销的原分录); null for an ordinary entry.' })
  @ManyToOne(() => OwnersFundEntry, { mapToPk: true, fieldName: 'reverses_entry_id', nullable: true, unique: true, deleteRule: 'restrict' })
  reversesEntryId: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why the reversed entry was wrong (更正理由); set on reversals only.' })
  @Property({ type: 'text', nullable: true })
  correctionReason: string | null = null;
}
