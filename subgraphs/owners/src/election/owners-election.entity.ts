import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { OwnersRecord } from '../owners-record.js';
import { OwnersAssembly } from '../assembly/owners-assembly.entity.js';
import { OwnersCommittee } from '../committee/owners-committee.entity.js';
import { PreparatoryGroup } from '../formation/preparatory-group.entity.js';

export enum ElectionKind {
  FIRST = 'FIRST',
  REELECTION = 'REELECTION',
  BY_ELECTION = 'BY_ELECTION',
}
registerEnumType(ElectionKind, {
  name: 'OwnersElectionKind',
  description: "What an owners' committee election is for (业委会选举类别).",
  valuesConfig: {
    FIRST: { description: 'The first committee (首次选举), at the first assembly a preparatory group convenes.' },
    REELECTION: { description: 'A new committee for a new term (换届选举); the sitting committee\'s term ends when it passes.' },
    BY_ELECTION: { description: 'Filling vacancies of the sitting committee (补选) up to an odd total of 5 to 11, for the rest of its term.' },
  },
});

export enum ElectionStatus {
  OPEN = 'OPEN',
  PASSED = 'PASSED',
  FAILED = 'FAILED',
}
registerEnumType(ElectionStatus, {
  name: 'OwnersElectionStatus',
  description: 'Where an election stands (选举状态).',
  valuesConfig: {
    OPEN: { description: 'Convened; candidates are being voted on (选举中).' },
    PASSED: { description: 'Enough candidates were elected; the committee is in office (选举成功).' },
    FAILED: { description: 'Too few candidates were elected for a committee of 5 to 11, an odd number (选举失败).' },
  },
});

/**
 * An election of committee members (业委会选举) held at an owners' assembly: one ELECT_COMMITTEE motion per candidate,
 * decided by `election-count.ts` once every candidate's motion is closed.
 */
@ObjectType('OwnersElection', { description: "An election of owners' committee members at an assembly (业委会选举)." })
@Entity({ tableName: 'owners_election' })
export class OwnersElection extends OwnersRecord<'status' | 'decidedAt' | 'decidedBy' | 'outcomeReason' | 'electedCommitteeId' | 'idempotencyKey' | 'version' | 'preparatoryGroupId' | 'conveningCommitteeId' | 'termYears'> {
  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey: string | null = null;

  @Field(() => ElectionKind, { description: 'First election, re-election or by-election (选举类别).' })
  @Enum({ items: () => ElectionKind })
  kind!: ElectionKind;

  @Field(() => ElectionStatus, { description: 'Open, passed or failed (状态).' })
  @Enum({ items: () => ElectionStatus })
  status: ElectionStatus = ElectionStatus.OPEN;

  @ManyToOne(() => OwnersAssembly, { mapToPk: true, fieldName: 'assembly_id', deleteRule: 'restrict' })
  assemblyId!: string;

  @ManyToOne(() => PreparatoryGroup, { mapToPk: true, fieldName: 'preparatory_group_id', deleteRule: 'restrict', nullable: true })
  preparatoryGroupId: string | null = null;

  @ManyToOne(() => OwnersCommittee, { mapToPk: true, fieldName: 'convening_committee_id', deleteRule: 'restrict', nullable: true })
  conveningCommitteeId: string | null = null;

  @Field(() => Int, { description: 'Members the committee has once elected (委员总数): 5 to 11, odd; for a by-election the sitting members included.' })
  @Property({ type: 'integer' })
  seats!: number;

  @Field(() => Int, { description: 'Members in office when it was convened (在任委员数): 0 except for a by-election.' })
  @Property({ type: 'integer' })
  sittingMembers!: number;

  @Field(() => Int, { nullable: true, description: 'Term of the committee elected, in years from the decision (任期年限, 1–5); null for a by-election (the sitting term runs on).' })
  @Property({ type: 'integer', nullable: true })
  termYears: number | null = null;

  @Field(() => Date, { nullable: true, description: "When it was decided (选举结果确定时间), the server's time; null while open." })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Who decided it (记录人).' })
  @Property({ type: 'string', length: 200, nullable: true })
  decidedBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'How the counting rule came out (计票说明), e.g. why it failed.' })
  @Property({ type: 'text', nullable: true })
  outcomeReason: string | null = null;

  @ManyToOne(() => OwnersCommittee, { mapToPk: true, fieldName: 'elected_committee_id', deleteRule: 'restrict', nullable: true })
  electedCommitteeId: string | null = null;

  @Property({ type: 'integer', version: true })
  version: number = 1;
}
