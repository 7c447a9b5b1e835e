import { Field, ObjectType } from 'type-graphql';
import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { OwnersRecord } from '../owners-record.js';
import { AssemblyForm, AssemblyStatus } from './assembly-kinds.js';
import { OwnersCommittee } from '../committee/owners-committee.entity.js';
import { ElectorateSnapshot } from '../electorate/electorate-snapshot.entity.js';
import { PreparatoryGroup } from '../formation/preparatory-group.entity.js';

@ObjectType({ description: "An owners' assembly (业主大会会议), convened by the committee with an agenda of motions." })
@Entity({ tableName: 'owners_assembly' })
export class OwnersAssembly extends OwnersRecord<'status' | 'version' | 'idempotencyKey' | 'committeeId' | 'preparatoryGroupId'> {
  /** The writer's idempotency key, if one was given: a retry with it returns this record. */
  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey: string | null = null;

  /** The committee that convened it; null for a first assembly convened by a preparatory group. */
  @ManyToOne(() => OwnersCommittee, { mapToPk: true, fieldName: 'committee_id', deleteRule: 'restrict', nullable: true })
  committeeId: string | null = null;

  /** The preparatory group (筹备组) that convened it, for a first assembly (or a by-election where no committee can convene); else null. */
  @ManyToOne(() => PreparatoryGroup, { mapToPk: true, fieldName: 'preparatory_group_id', deleteRule: 'restrict', nullable: true })
  preparatoryGroupId: string | null = null;

  @Field(() => String, { description: 'Title (会议名称).' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => AssemblyForm, { description: 'On site, written consultation or online (召开形式).' })
  @Enum({ items: () => AssemblyForm, nativeEnumName: 'owners_assembly_form' })
  form!: AssemblyForm;

  @Field(() => Date, {
    description: 'When the notice in force was given (公告时间): the server\'s time of convening, or of the latest postponement.',
  })
  @Property({ type: 'datetime' })
  noticeOn!: Date;

  @Field(() => Date, {
    description: 'When the assembly meets and voting opens (会议/表决开始时间), at least 15 days after the notice; ballots are accepted from then until each motion is closed.',
  })
  @Property({ type: 'datetime' })
  meetsOn!: Date;

  @Field(() => AssemblyStatus, { description: 'Convened or cancelled (会议状态).' })
  @Enum({ items: () => AssemblyStatus, nativeEnumName: 'owners_assembly_status' })
  status: AssemblyStatus = AssemblyStatus.CONVENED;

  @Property({ type: 'integer', version: true })
  version: number = 1;

  /** The electorate fixed when the assembly was convened: who may vote and what every tally counts against. */
  @ManyToOne(() => ElectorateSnapshot, { mapToPk: true, fieldName: 'electorate_id', deleteRule: 'restrict' })
  electorateId!: string;
}
