import { Field, ObjectType } from 'type-graphql';
import { ArrayType } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import type { PlacePath } from '../../../platform/access/place-path.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { PartyMember } from '../member/member.entity.js';

/** A party-member responsibility zone (党员责任区): a member answering for some buildings of the branch's neighborhoods. */
@ObjectType({ description: 'A party-member responsibility zone (党员责任区): a member and the buildings they answer for.' })
@Entity({ tableName: 'responsibility_zone' })
@Index({ properties: ['branchId'] })
@Index({ properties: ['memberId'] })
export class ResponsibilityZone extends VersionedRecord<'endedOn' | 'endedBy' | 'streetId' | 'communityId'> implements PlacePath<'district', 'community'> {
  @Field(() => String, { description: 'Name as posted (责任区名称).' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @ManyToOne(() => PartyMember, { mapToPk: true, fieldName: 'member_id', deleteRule: 'restrict' })
  memberId!: string;

  @ManyToOne(() => PartyOrganization, { mapToPk: true, fieldName: 'branch_id', deleteRule: 'restrict' })
  branchId!: string;

  /** The buildings (registry Building ids), all in the branch's neighborhoods. */
  @Property({ type: ArrayType, columnType: 'uuid[]' })
  buildingIds!: string[];

  @Field(() => String, { description: 'First day (设立日期), from the server clock.' })
  @Property({ type: 'date' })
  startedOn!: string;

  @Field(() => String, { nullable: true, description: 'Day it was ended (撤销日期); null while in force.' })
  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Account that ended it.' })
  @Property({ type: 'string', length: 200, nullable: true })
  endedBy: string | null = null;

  @Property({ type: 'uuid' })
  districtId!: string;

  @Property({ type: 'uuid', nullable: true })
  streetId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  communityId: string | null = null;
}
