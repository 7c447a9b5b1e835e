import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { CommunityPlacedRecord } from '../record/cobuilding-record.js';
import { JointBuildingUnit } from '../unit/joint-building-unit.entity.js';
import { Need } from '../lists/need.entity.js';
import { Resource } from '../lists/resource.entity.js';
import { CobuildingProjectStatus } from './project-status.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: "A co-building project (项目清单 entry): a unit's resource put to a community's need." })
@Entity({ tableName: 'project' })
@Index({ properties: ['communityId'] })
@Index({ properties: ['neighborhoodId'] })
@Index({ properties: ['unitId'] })
@Index({ properties: ['governanceMatterId'] })
@Check({ name: 'project_beneficiaries_not_negative', expression: 'beneficiaries is null or beneficiaries >= 0' })
@Check({ name: 'project_rating_range', expression: 'rating is null or (rating between 1 and 5)' })
export class CoBuildingProject extends CommunityPlacedRecord<'status' | 'governanceMatterId'> {
  @Field(() => String, { description: 'Name (项目名称).' })
  @Property({ type: 'string', length: 100 })
  title!: string;

  @ManyToOne(() => Need, { mapToPk: true, fieldName: 'need_id', deleteRule: 'restrict' })
  needId!: string;

  @ManyToOne(() => Resource, { mapToPk: true, fieldName: 'resource_id', deleteRule: 'restrict' })
  resourceId!: string;

  /** The unit that runs it: the resource's unit. */
  @ManyToOne(() => JointBuildingUnit, { mapToPk: true, fieldName: 'unit_id', deleteRule: 'restrict' })
  unitId!: string;

  /**
   * The governance matter (议事事项, 三议一服务) the project serves, when it was created with the party subgraph's
   * SERVE certificate for it; the matter itself lives in the party subgraph, so only its id is kept here.
   */
  @Property({ type: 'uuid', nullable: true })
  governanceMatterId: string | null = null;

  @Field(() => CobuildingProjectStatus, { description: 'Stage (项目状态).' })
  @Enum({ items: () => CobuildingProjectStatus, nativeEnumName: 'cobuilding_project_status' })
  status: CobuildingProjectStatus = CobuildingProjectStatus.PLANNED;

  @Field(() => Date, { nullable: true, description: 'When work started (开始时间).' })
  @Property({ type: 'datetime', nullable: true })
  startedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was completed (完成时间).' })
  @Property({ type: 'datetime', nullable: true })
  completedAt: Date | null = null;

  @Field(() => Int, { nullable: true, description: 'People who benefited (受益人数), counted at completion.' })
  @Property({ type: 'integer', nullable: true })
  beneficiaries: number | null = null;

  @Field(() => Date, { nullable: true, description: 'When the community evaluated it (评价时间).' })
  @Property({ type: 'datetime', nullable: true })
  evaluatedAt: Date | null = null;

  @Field(() => Int, { nullable: true, description: "The community's rating, 1 to 5 (满意度评价)." })
  @Property({ type: 'integer', nullable: true })
  rating: number | null = null;

  @Field(() => String, { nullable: true, description: "The community's comment (评价意见)." })
  @Property({ type: 'text', nullable: true })
  evaluation: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was cancelled (终止时间).' })
  @Property({ type: 'datetime', nullable: true })
  cancelledAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled (终止原因).' })
  @Property({ type: 'text', nullable: true })
  cancellationReason: string | null = null;
}
