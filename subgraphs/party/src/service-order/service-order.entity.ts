import { Field, Int, ObjectType } from 'type-graphql';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import type { PlacePath } from '../../../platform/access/place-path.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { ServiceOrderStatus } from './service-order-lifecycle.js';

/** A service a resident ordered from the branch (群众点单), dispatched to a member, taken, completed and evaluated. */
@ObjectType({ description: 'A service order (群众点单—支部派单—党员接单): who ordered, who was dispatched, each step with its time, and the evaluation.' })
@Entity({ tableName: 'service_order' })
@Index({ properties: ['branchId'] })
@Index({ properties: ['orderedByPersonId'] })
@Index({ properties: ['memberId'] })
@Index({ properties: ['communityId'] })
export class ServiceOrder extends VersionedRecord<'buildingId' | 'memberId' | 'dispatchedBy' | 'dispatchedAt' | 'takenAt' | 'completedAt' | 'completionNote' | 'rating' | 'evaluationComment' | 'evaluatedAt' | 'withdrawnAt' | 'streetId' | 'communityId'> implements PlacePath<'district', 'community'> {
  @Field(() => String, { description: 'What is needed (服务内容).' })
  @Property({ type: 'string', length: 500 })
  request!: string;

  @Field(() => ServiceOrderStatus, { description: 'Stage (状态).' })
  @Enum({ items: () => ServiceOrderStatus, nativeEnumName: 'service_order_status' })
  status!: ServiceOrderStatus;

  /** The resident it is for (registry Person id). */
  @Property({ type: 'uuid' })
  orderedByPersonId!: string;

  @Property({ type: 'uuid' })
  neighborhoodId!: string;

  @Property({ type: 'uuid', nullable: true })
  buildingId: string | null = null;

  @ManyToOne(() => PartyOrganization, { mapToPk: true, fieldName: 'branch_id', deleteRule: 'restrict' })
  branchId!: string;

  /** The member it was dispatched to (PartyMember id). */
  @Property({ type: 'uuid', nullable: true })
  memberId: string | null = null;

  @Field(() => String, { nullable: true, description: 'Account that dispatched it (派单人).' })
  @Property({ type: 'string', length: 200, nullable: true })
  dispatchedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When dispatched (派单时间).' })
  @Property({ type: 'datetime', nullable: true })
  dispatchedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When taken (接单时间).' })
  @Property({ type: 'datetime', nullable: true })
  takenAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When completed (完成时间).' })
  @Property({ type: 'datetime', nullable: true })
  completedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'What the member did (完成情况).' })
  @Property({ type: 'string', length: 500, nullable: true })
  completionNote: string | null = null;

  @Field(() => Int, { nullable: true, description: "The resident's rating, 1–5 (评价星级)." })
  @Property({ type: 'smallint', nullable: true })
  rating: number | null = null;

  @Field(() => String, { nullable: true, description: "The resident's comment (评价意见)." })
  @Property({ type: 'string', length: 500, nullable: true })
  evaluationComment: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When evaluated (评价时间).' })
  @Property({ type: 'datetime', nullable: true })
  evaluatedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When withdrawn (撤回时间).' })
  @Property({ type: 'datetime', nullable: true })
  withdrawnAt: Date | null = null;

  @Property({ type: 'uuid' })
  districtId!: string;

  @Property({ type: 'uuid', nullable: true })
  streetId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  communityId: string | null = null;
}
