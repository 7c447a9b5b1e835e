import { Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { ArrayType } from '@mikro-orm/core';
import type { PlacePath } from '../../../platform/access/place-path.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { PartyMember } from '../member/member.entity.js';

/** A member's household designated as a central household (党员中心户), serving the households around it. */
@ObjectType({ description: 'A central household (党员中心户): a member\'s household that serves nearby households.' })
@Entity({ tableName: 'central_household' })
@Index({ properties: ['organizationId'] })
@Index({ properties: ['communityId'] })
export class CentralHousehold extends VersionedRecord<'streetId' | 'communityId' | 'endedOn' | 'endedBy' | 'endReason'> implements PlacePath<'district', 'community'> {
  @ManyToOne(() => PartyMember, { mapToPk: true, fieldName: 'member_id', deleteRule: 'restrict' })
  @Unique()
  memberId!: string;

  /** The building group (or branch) it works under. */
  @ManyToOne(() => PartyOrganization, { mapToPk: true, fieldName: 'organization_id', deleteRule: 'restrict' })
  organizationId!: string;

  /** The member's own household (a registry Unit). */
  @Property({ type: 'uuid' })
  @Unique()
  householdUnitId!: string;

  /** The households it serves (registry Units), in the order designated. */
  @Property({ type: ArrayType, columnType: 'uuid[]' })
  servedUnitIds!: string[];

  @Field(() => String, { description: 'Day of designation (挂牌日期), YYYY-MM-DD.' })
  @Property({ type: 'date' })
  designatedOn!: string;

  @Property({ type: 'uuid' })
  districtId!: string;

  @Property({ type: 'uuid', nullable: true })
  streetId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  communityId: string | null = null;

  @Field(() => String, { nullable: true, description: 'Day the designation ended (摘牌日期), YYYY-MM-DD, by the server clock; null while it stands.' })
  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Account that ended it (经办人).' })
  @Property({ type: 'string', length: 200, nullable: true })
  endedBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why it ended (摘牌原因).' })
  @Property({ type: 'string', length: 500, nullable: true })
  endReason: string | null = null;
}
