import { Directive, Field, ObjectType } from 'type-graphql';
import { PlacedRecord } from '../../../platform/orm/placed-record.js';
import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { JointBuildingUnit } from '../unit/joint-building-unit.entity.js';
import { MicroWishStatus } from './wish-status.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: "A resident's micro-wish (微心愿): a small, concrete wish a person or a unit can claim and fulfil." })
@Entity({ tableName: 'micro_wish' })
@Index({ properties: ['neighborhoodId'] })
@Index({ properties: ['communityId'] })
@Index({ properties: ['residentId'] })
// One claimant at a time, and only while claimed or later: the database refuses anything else.
@Check({
  name: 'micro_wish_one_claimant',
  expression:
    "(claimant_person_id is null or claimant_unit_id is null) and ((status in ('OPEN', 'CANCELLED')) = (claimant_person_id is null and claimant_unit_id is null))",
})
export class MicroWish extends PlacedRecord<'status'> {
  @Field(() => String, { description: 'The wish (心愿内容), e.g. 一副老花镜.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  /** The registry person whose wish it is. */
  @Property({ type: 'uuid' })
  residentId!: string;

  /** Who posted it: the resident, or a community worker on their behalf. */
  @Property({ type: 'uuid', nullable: true })
  postedById: string | null = null;

  @Field(() => MicroWishStatus, { description: 'Stage (状态).' })
  @Enum({ items: () => MicroWishStatus, nativeEnumName: 'micro_wish_status' })
  status: MicroWishStatus = MicroWishStatus.OPEN;

  /** The person who claimed it, if a person did. */
  @Property({ type: 'uuid', nullable: true })
  claimantPersonId: string | null = null;

  /** The unit that claimed it, if a unit did. */
  @ManyToOne(() => JointBuildingUnit, { mapToPk: true, fieldName: 'claimant_unit_id', deleteRule: 'restrict', nullable: true })
  claimantUnitId: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was claimed (认领时间).' })
  @Property({ type: 'datetime', nullable: true })
  claimedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'What the claimant did (实现说明).' })
  @Property({ type: 'text', nullable: true })
  fulfilmentNote: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was fulfilled (实现时间).' })
  @Property({ type: 'datetime', nullable: true })
  fulfilledAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the resident confirmed it (确认时间).' })
  @Property({ type: 'datetime', nullable: true })
  confirmedAt: Date | null = null;
}
