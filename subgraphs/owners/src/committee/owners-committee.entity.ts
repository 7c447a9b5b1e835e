import { Directive, Field, ObjectType } from 'type-graphql';
import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { OwnersRecord } from '../owners-record.js';
import { CommitteeStatus } from './committee-kinds.js';
import { filingDeadline } from './committee.rules.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: "An owners' committee (业主委员会): the elected body of a neighborhood's owners, for one term." })
@Entity({ tableName: 'owners_committee' })
@Unique({ properties: ['neighborhoodId', 'electedOn'] })
export class OwnersCommittee extends OwnersRecord<'status' | 'filedOn' | 'version'> {
  @Field(() => Date, { description: 'Election day (选举日).' })
  @Property({ type: 'datetime' })
  electedOn!: Date;

  @Field(() => Date, { description: 'Last day of the term (任期届满日), at most 5 years after the election.' })
  @Property({ type: 'datetime' })
  termEndsOn!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was filed with the street (备案日期); null until filed.' })
  @Property({ type: 'datetime', nullable: true })
  filedOn: Date | null = null;

  @Field(() => CommitteeStatus, { description: 'In office or term ended (状态).' })
  @Enum({ items: () => CommitteeStatus, nativeEnumName: 'owners_committee_status' })
  status: CommitteeStatus = CommitteeStatus.ACTIVE;

  @Property({ type: 'integer', version: true })
  version: number = 1;

  @Field(() => Date, { description: 'Filing is due by this day: 30 days after the election (备案期限).' })
  filingDueOn(): Date {
    return filingDeadline(this.electedOn);
  }
}
