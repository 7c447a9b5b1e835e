import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { type PartyArea } from '../party-record.js';
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
export class PartyMember extends VersionedRecord<'streetId' | 'communityId' | 'residenceNeighborhoodId'> implements PartyArea {
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
}
