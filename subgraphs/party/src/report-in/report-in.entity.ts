import { Field, ID, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { ArrayType } from '@mikro-orm/core';
import { PartyMember } from '../member/member.entity.js';

/** An in-service member's report to the community where they live (双报到), paired with 10–15 households. */
@ObjectType({ description: 'A report-in (双报到): an in-service member reporting to their residence community and pairing with 10–15 households.' })
@Entity({ tableName: 'report_in' })
@Index({ properties: ['communityId'] })
export class PartyReportIn extends VersionedRecord<'endedOn' | 'endedBy' | 'endReason'> {
  @ManyToOne(() => PartyMember, { mapToPk: true, fieldName: 'member_id', deleteRule: 'restrict' })
  @Unique()
  memberId!: string;

  @Field(() => ID, { description: 'Id of the community reported to (报到社区): where the member lives.' })
  @Property({ type: 'uuid' })
  communityId!: string;

  @Property({ type: 'uuid' })
  streetId!: string;

  @Property({ type: 'uuid' })
  districtId!: string;

  /** The paired households (registry Units), 10–15. */
  @Property({ type: ArrayType, columnType: 'uuid[]' })
  pairedUnitIds!: string[];

  @Field(() => String, { description: 'Day of reporting (报到日期), YYYY-MM-DD.' })
  @Property({ type: 'date' })
  reportedOn!: string;

  @Field(() => String, { nullable: true, description: 'Day the report-in ended (结束报到日期), YYYY-MM-DD, by the server clock; null while it stands.' })
  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Account that ended it (经办人).' })
  @Property({ type: 'string', length: 200, nullable: true })
  endedBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why it ended (结束原因).' })
  @Property({ type: 'string', length: 500, nullable: true })
  endReason: string | null = null;
}
