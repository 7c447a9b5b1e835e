import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { PlacePath } from '../../../platform/access/place-path.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { PartyMemberCategory, PartyMemberStatus } from './member-kinds.js';

/**
 * A person's party membership (党员). Sensitive: only party roles responsible for the holding organisation (and the
 * member) see it; everyone else sees counts.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A party member (党员): a person, their category and status, and the organisation holding the membership.' })
@Entity({ tableName: 'member' })
@Index({ properties: ['organizationId'] })
@Index({ properties: ['residenceNeighborhoodId'] })
@Index({ properties: ['communityId'] })
export class PartyMember extends VersionedRecord<'streetId' | 'communityId' | 'residenceNeighborhoodId' | 'probationStartedOn' | 'convertedOn' | 'convertedBy' | 'leftOn' | 'leftBy' | 'leavingReason' | 'leftTo'> implements PlacePath<'district', 'community'> {
  @Unique()
  @Property({ type: 'uuid' })
  personId!: string;

  @Field(() => PartyMemberCategory, { description: 'Formal or probationary (正式/预备).' })
  @Enum({ items: () => PartyMemberCategory, nativeEnumName: 'party_member_category' })
  category!: PartyMemberCategory;

  @Field(() => PartyMemberStatus, { description: 'In service, retired, mobile or without post (在职/离退休/流动/无职).' })
  @Enum({ items: () => PartyMemberStatus, nativeEnumName: 'party_member_status' })
  status!: PartyMemberStatus;

  @ManyToOne(() => PartyOrganization, { mapToPk: true, fieldName: 'organization_id', deleteRule: 'restrict' })
  organizationId!: string;

  @Field(() => ID, { nullable: true, description: 'Id of the neighborhood the member lives in (居住小区), when known.' })
  @Property({ type: 'uuid', nullable: true })
  residenceNeighborhoodId: string | null = null;

  /** Area of the holding organisation, for statistics. */
  @Property({ type: 'uuid' })
  districtId!: string;

  @Property({ type: 'uuid', nullable: true })
  streetId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  communityId: string | null = null;

  @Field(() => String, { nullable: true, description: 'First day of the probation (预备期起始日), YYYY-MM-DD: the day the probationary membership was recorded, by the server clock.' })
  @Property({ type: 'date', nullable: true })
  probationStartedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Day the probationary member became formal (转正日期), by the server clock; null otherwise.' })
  @Property({ type: 'date', nullable: true })
  convertedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Account that recorded the conversion (转正经办人).' })
  @Property({ type: 'string', length: 200, nullable: true })
  convertedBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'Day the membership was transferred out of the system (转出日期); null while it is held here.' })
  @Property({ type: 'date', nullable: true })
  leftOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Account that transferred it out (转出经办人).' })
  @Property({ type: 'string', length: 200, nullable: true })
  leftBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was transferred out (转出原因).' })
  @Property({ type: 'string', length: 500, nullable: true })
  leavingReason: string | null = null;

  @Field(() => String, { nullable: true, description: 'Where it went (转往), as written on the transfer letter: an organisation outside this system.' })
  @Property({ type: 'string', length: 200, nullable: true })
  leftTo: string | null = null;
}
