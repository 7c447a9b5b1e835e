import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { ArrayType } from '@mikro-orm/core';
import type { PlacePath } from '../../../platform/access/place-path.js';
import { PartyBranchForm, PartyOrganizationKind } from './organization-kinds.js';

/**
 * A party organisation (党组织), a node of the tree 街道党工委 → 社区党委 → 小区党支部 → 楼栋党小组, or one of the
 * organisations beside it. Its name, kind, places and place in the tree are public facts.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A party organisation (党组织): a node of the street\'s tree, or a company\'s, unit\'s or retired members\' organisation.' })
@Entity({ tableName: 'organization' })
@Index({ properties: ['parentId'] })
@Index({ properties: ['communityId'] })
@Index({ properties: ['streetId'] })
@Index({ properties: ['hostOrganizationId'] })
export class PartyOrganization extends VersionedRecord<'form' | 'parentId' | 'ancestorIds' | 'streetId' | 'communityId' | 'neighborhoodIds' | 'buildingId' | 'hostOrganizationId' | 'formationOverrideReason' | 'formationOverriddenBy' | 'contactPhone' | 'officeAddress' | 'dissolvedOn' | 'dissolvedBy' | 'dissolutionReason'> implements PlacePath<'district', 'community'> {
  @Field(() => String, { description: 'Name (名称), e.g. 锦绣花园党支部.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => PartyOrganizationKind, { description: 'Kind (类型).' })
  @Enum({ items: () => PartyOrganizationKind, nativeEnumName: 'party_organization_kind' })
  kind!: PartyOrganizationKind;

  @Field(() => PartyBranchForm, { nullable: true, description: 'For a neighborhood branch: single, joint or grid (单建/联建/网格).' })
  @Enum({ items: () => PartyBranchForm, nativeEnumName: 'party_branch_form', nullable: true })
  form: PartyBranchForm | null = null;

  @ManyToOne(() => PartyOrganization, { mapToPk: true, fieldName: 'parent_id', nullable: true, deleteRule: 'restrict' })
  parentId: string | null = null;

  /** Ids of every organisation above this one, root first: ancestors and subtrees need no recursive query. */
  @Property({ type: ArrayType, columnType: 'uuid[]' })
  ancestorIds: string[] = [];

  @Property({ type: 'uuid' })
  districtId!: string;

  @Property({ type: 'uuid', nullable: true })
  streetId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  communityId: string | null = null;

  /** The neighborhoods a branch or building group covers (one for SINGLE, several for JOINT/GRID). */
  @Property({ type: ArrayType, columnType: 'uuid[]' })
  neighborhoodIds: string[] = [];

  @Property({ type: 'uuid', nullable: true })
  buildingId: string | null = null;

  /** The property company or joint-building unit this organisation belongs to. */
  @Field(() => ID, { nullable: true, description: 'For a company branch or a unit organisation: the id of the PropertyCompany or JointBuildingUnit it belongs to.' })
  @Property({ type: 'uuid', nullable: true })
  hostOrganizationId: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Why a single branch was formed with fewer than 3 formal members (单建例外说明), when it was; null otherwise.',
  })
  @Property({ type: 'string', length: 500, nullable: true })
  formationOverrideReason: string | null = null;

  @Field(() => String, { nullable: true, description: 'Account that recorded the formation override (例外批准人).' })
  @Property({ type: 'string', length: 200, nullable: true })
  formationOverriddenBy: string | null = null;

  @Field(() => String, { nullable: true, description: "The organisation's contact phone as published (联系电话), e.g. the secretary's office line." })
  @Property({ type: 'string', length: 30, nullable: true })
  contactPhone: string | null = null;

  @Field(() => String, { nullable: true, description: 'Where its office is (办公地点).' })
  @Property({ type: 'string', length: 200, nullable: true })
  officeAddress: string | null = null;

  @Field(() => String, { nullable: true, description: 'Day it was dissolved (撤销日期), YYYY-MM-DD, by the server clock; null while it stands.' })
  @Property({ type: 'date', nullable: true })
  dissolvedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Account that dissolved it (撤销人).' })
  @Property({ type: 'string', length: 200, nullable: true })
  dissolvedBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was dissolved (撤销理由).' })
  @Property({ type: 'string', length: 500, nullable: true })
  dissolutionReason: string | null = null;
}
