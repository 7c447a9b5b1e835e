import { Field, ObjectType } from 'type-graphql';
import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { OwnersRecord } from '../owners-record.js';
import { AssemblyNoticeKind } from './assembly-kinds.js';
import { OwnersAssembly } from './owners-assembly.entity.js';

/**
 * Every notice given about an assembly: the one convening it, each postponement and a cancellation, at the server's
 * time. Append-only (a trigger refuses UPDATE and DELETE), so the history of dates stays.
 */
@ObjectType({ description: "A notice given about an owners' assembly (会议公告): convening, postponing or cancelling it, never changed." })
@Entity({ tableName: 'owners_assembly_notice' })
export class OwnersAssemblyNotice extends OwnersRecord<'meetsOn' | 'reason'> {
  @ManyToOne(() => OwnersAssembly, { mapToPk: true, fieldName: 'assembly_id', deleteRule: 'restrict' })
  assemblyId!: string;

  @Field(() => AssemblyNoticeKind, { description: 'Convening, postponing or cancelling (公告类型).' })
  @Enum({ items: () => AssemblyNoticeKind, nativeEnumName: 'owners_assembly_notice_kind' })
  kind!: AssemblyNoticeKind;

  @Field(() => Date, { nullable: true, description: 'When the assembly meets under this notice (会议时间); null for a cancellation.' })
  @Property({ type: 'datetime', nullable: true })
  meetsOn: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was postponed or cancelled (理由); null for the convening notice.' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
}
