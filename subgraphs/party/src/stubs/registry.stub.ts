import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { PostSummaryScalar, type PostSummary } from '../../../platform/governance/post-summary.js';
import { MatterServiceCountScalar, type MatterServiceCount } from '../../../platform/governance/matter-service-count.js';

// Key-only stubs of the registry's entities. The ones this subgraph adds fields to are resolvable (their
// `__resolveReference` is in party.references.ts); the others are only returned as references.

@Directive('@key(fields: "id")')
@ObjectType('District', { description: 'A district (区/县), owned by the registry.' })
export class DistrictStub {
  @Field(() => ID, { description: 'Stable identifier (标识).' })
  id!: string;

  /** From the owners subgraph (`@inaccessible` there): brought by the gateway for `ownersCommitteePartyShare`. */
  @Directive('@external')
  @Field(() => [ID], { description: 'Person ids of the owners\' committee members in office here (from the owners subgraph).' })
  ownersCommitteeMemberPersonIds?: string[];

  /** From the property subgraph (`@inaccessible` there): brought by the gateway for `governanceMatterResults`. */
  @Directive('@external')
  @Field(() => [MatterServiceCountScalar.external], { description: 'Service requests linked to each governance matter here, counted (from the property subgraph).' })
  propertyMatterServiceCounts?: MatterServiceCount[];

  /** From the cobuilding subgraph (`@inaccessible` there): brought by the gateway for `governanceMatterResults`. */
  @Directive('@external')
  @Field(() => [MatterServiceCountScalar.external], { description: 'Co-building projects linked to each governance matter here, counted (from the cobuilding subgraph).' })
  cobuildingMatterServiceCounts?: MatterServiceCount[];
}

@Directive('@key(fields: "id")')
@ObjectType('Street', { description: 'A street (街道), owned by the registry.' })
export class StreetStub {
  @Field(() => ID, { description: 'Stable identifier (标识).' })
  id!: string;

  /** From the owners subgraph (`@inaccessible` there): brought by the gateway for `ownersCommitteePartyShare`. */
  @Directive('@external')
  @Field(() => [ID], { description: 'Person ids of the owners\' committee members in office here (from the owners subgraph).' })
  ownersCommitteeMemberPersonIds?: string[];

  /** From the property subgraph (`@inaccessible` there): brought by the gateway for `governanceMatterResults`. */
  @Directive('@external')
  @Field(() => [MatterServiceCountScalar.external], { description: 'Service requests linked to each governance matter here, counted (from the property subgraph).' })
  propertyMatterServiceCounts?: MatterServiceCount[];

  /** From the cobuilding subgraph (`@inaccessible` there): brought by the gateway for `governanceMatterResults`. */
  @Directive('@external')
  @Field(() => [MatterServiceCountScalar.external], { description: 'Co-building projects linked to each governance matter here, counted (from the cobuilding subgraph).' })
  cobuildingMatterServiceCounts?: MatterServiceCount[];
}

@Directive('@key(fields: "id")')
@ObjectType('Community', { description: 'A community (社区), owned by the registry.' })
export class CommunityStub {
  @Field(() => ID, { description: 'Stable identifier (标识).' })
  id!: string;

  /** From the owners subgraph (`@inaccessible` there): brought by the gateway for `ownersCommitteePartyShare`. */
  @Directive('@external')
  @Field(() => [ID], { description: 'Person ids of the owners\' committee members in office here (from the owners subgraph).' })
  ownersCommitteeMemberPersonIds?: string[];

  /** From the property subgraph (`@inaccessible` there): brought by the gateway for `governanceMatterResults`. */
  @Directive('@external')
  @Field(() => [MatterServiceCountScalar.external], { description: 'Service requests linked to each governance matter here, counted (from the property subgraph).' })
  propertyMatterServiceCounts?: MatterServiceCount[];

  /** From the cobuilding subgraph (`@inaccessible` there): brought by the gateway for `governanceMatterResults`. */
  @Directive('@external')
  @Field(() => [MatterServiceCountScalar.external], { description: 'Co-building projects linked to each governance matter here, counted (from the cobuilding subgraph).' })
  cobuildingMatterServiceCounts?: MatterServiceCount[];
}

@Directive('@key(fields: "id")')
@ObjectType('Neighborhood', { description: 'A neighborhood (小区), owned by the registry.' })
export class NeighborhoodStub {
  @Field(() => ID, { description: 'Stable identifier (标识).' })
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Person', { description: 'A person (人员), owned by the registry.' })
export class PersonStub {
  @Field(() => ID, { description: 'Stable identifier (标识).' })
  id!: string;

  // The posts the other subgraphs keep for the person (`@inaccessible` there), brought by the gateway for Person.posts.
  @Directive('@external')
  @Field(() => [PostSummaryScalar.external], { description: 'Posts in property companies (from the property subgraph).' })
  propertyPostSummaries?: PostSummary[];

  @Directive('@external')
  @Field(() => [PostSummaryScalar.external], { description: "Posts on owners' committees (from the owners subgraph)." })
  ownersPostSummaries?: PostSummary[];

  @Directive('@external')
  @Field(() => [PostSummaryScalar.external], { description: 'Posts in joint-building units (from the cobuilding subgraph).' })
  cobuildingPostSummaries?: PostSummary[];
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Building', { description: 'A building (楼栋), owned by the registry.' })
export class BuildingStub {
  @Field(() => ID, { description: 'Stable identifier (标识).' })
  id!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Unit', { description: 'An exclusive unit (专有部分): here, a household (户). Owned by the registry.' })
export class UnitStub {
  @Field(() => ID, { description: 'Stable identifier (标识).' })
  id!: string;
}

export const stub = <T>(id: string) => ({ id }) as T;
export const stubs = <T>(ids: readonly string[]) => ids.map((id) => ({ id }) as T);
