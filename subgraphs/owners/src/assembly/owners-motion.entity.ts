import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { OwnersRecord } from '../owners-record.js';
import { MatterCategory } from '../rules/matter-category.js';
import { MotionStatus } from './assembly-kinds.js';
import { OwnersAssembly } from './owners-assembly.entity.js';
import type { VotingThresholds } from '../tally/thresholds.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: "A motion put to the owners' assembly (表决事项)." })
@Entity({ tableName: 'owners_motion' })
@Unique({ properties: ['assemblyId', 'position'] })
export class OwnersMotion extends OwnersRecord<'status' | 'version' | 'description' | 'governanceMatterId' | 'concernedCompanyId' | 'thresholds' | 'ruleSetLabel'> {
  @ManyToOne(() => OwnersAssembly, { mapToPk: true, fieldName: 'assembly_id', deleteRule: 'restrict' })
  assemblyId!: string;

  @Field(() => Int, { description: 'Position on the agenda, from 1 (议程序号).' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String, { description: 'Title (事项名称).' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { nullable: true, description: 'What is proposed (事项说明).' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => MatterCategory, { description: 'Matter under 民法典 Art. 278; decides the approval threshold.' })
  @Enum({ items: () => MatterCategory, nativeEnumName: 'owners_matter_category' })
  category!: MatterCategory;

  /** The governance matter (议事事项, 三方联动) this motion decides, as the party subgraph certified it; null for the committee's own motions. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  governanceMatterId: string | null = null;

  /** The property company the governance matter concerns (from the same certificate), for recusal flags; null otherwise. */
  @Property({ type: 'uuid', nullable: true })
  concernedCompanyId: string | null = null;

  @Field(() => MotionStatus, { description: 'Open for ballots or closed (状态).' })
  @Enum({ items: () => MotionStatus, nativeEnumName: 'owners_motion_status' })
  status: MotionStatus = MotionStatus.OPEN;

  /** The thresholds it is decided by, fixed when its assembly was convened (null for motions convened before they were stored). */
  @Property({ type: 'json', nullable: true })
  thresholds: VotingThresholds | null = null;

  @Field(() => String, { nullable: true, description: 'The voting rules it is decided by, fixed when its assembly was convened (适用表决规则).' })
  @Property({ type: 'text', nullable: true })
  ruleSetLabel: string | null = null;

  @Property({ type: 'integer', version: true })
  version: number = 1;
}
