import { Field, Int, ObjectType } from 'type-graphql';
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { OwnersRecord } from '../owners-record.js';
import { OwnersElection } from './owners-election.entity.js';
import { OwnersMotion } from '../assembly/owners-motion.entity.js';

@ObjectType('OwnersElectionCandidate', { description: 'A candidate of a committee election (业委会候选人), voted on in their own motion.' })
@Entity({ tableName: 'owners_election_candidate' })
@Unique({ properties: ['electionId', 'personId'] })
@Unique({ properties: ['electionId', 'position'] })
export class ElectionCandidate extends OwnersRecord<'elected' | 'rank'> {
  @ManyToOne(() => OwnersElection, { mapToPk: true, fieldName: 'election_id', deleteRule: 'restrict' })
  electionId!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Field(() => Int, { description: 'Position on the published candidate list, from 1 (候选人序号); breaks ties last.' })
  @Property({ type: 'integer' })
  position!: number;

  @ManyToOne(() => OwnersMotion, { mapToPk: true, fieldName: 'motion_id', deleteRule: 'restrict' })
  motionId!: string;

  @Field(() => Boolean, { nullable: true, description: 'Elected (当选); null until the election is decided.' })
  @Property({ type: 'boolean', nullable: true })
  elected: boolean | null = null;

  @Field(() => Int, { nullable: true, description: 'Rank among the candidates whose motion passed (得票排名), by the counting rule; null if it did not pass or while open.' })
  @Property({ type: 'integer', nullable: true })
  rank: number | null = null;
}
