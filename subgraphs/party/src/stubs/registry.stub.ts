import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { ReferenceResolvers } from '../../../platform/federation/build-subgraph-schema.js';
import { keyOnlyReferences } from '../../../platform/federation/key-only-reference.js';
import { requireId } from '../../../platform/ids/id.js';
import { PostSummaryScalar, type PostSummary } from '../../../platform/governance/post-summary.js';
import { MatterServiceCountScalar, type MatterServiceCount } from '../../../platform/governance/matter-service-count.js';
import { createKeyOnlyStub } from '../../../platform/federation/key-only-stub.js';

// Key-only stubs of the registry's entities, as this subgraph extends them. The ones it adds fields to are
// resolvable (their references are below); Building and Unit are only returned as references.

/**
 * A district, street or community: the id, and the facts of the other subgraphs the gateway brings for the fields
 * this subgraph adds to areas (@requires). One class per level (type-graphql's metadata is global), one shape.
 */
function createAreaStub(name: string, description: string) {
  @Directive('@key(fields: "id")')
  @ObjectType(name, { description })
  class AreaStub {
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
  return AreaStub;
}

export const DistrictStub = createAreaStub('District', 'A district (区/县), owned by the registry.');
export type DistrictStub = InstanceType<typeof DistrictStub>;
export const StreetStub = createAreaStub('Street', 'A street (街道), owned by the registry.');
export type StreetStub = InstanceType<typeof StreetStub>;
export const CommunityStub = createAreaStub('Community', 'A community (社区), owned by the registry.');
export type CommunityStub = InstanceType<typeof CommunityStub>;
export const NeighborhoodStub = createKeyOnlyStub('Neighborhood', 'A neighborhood (小区), owned by the registry.', { resolvable: true });
export type NeighborhoodStub = InstanceType<typeof NeighborhoodStub>;

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

export const BuildingStub = createKeyOnlyStub('Building', 'A building (楼栋), owned by the registry.', { resolvable: false });
export type BuildingStub = InstanceType<typeof BuildingStub>;
export const UnitStub = createKeyOnlyStub('Unit', 'An exclusive unit (专有部分): here, a household (户). Owned by the registry.', { resolvable: false });
export type UnitStub = InstanceType<typeof UnitStub>;

/** Areas keep the facts the gateway brought: the owners' committee members, the property and cobuilding service counts. */
const areaReference = {
  __resolveReference: (reference: { id: string; ownersCommitteeMemberPersonIds?: unknown; propertyMatterServiceCounts?: unknown; cobuildingMatterServiceCounts?: unknown }) => ({
    id: requireId(reference.id),
    ...(Array.isArray(reference.ownersCommitteeMemberPersonIds) ? { ownersCommitteeMemberPersonIds: reference.ownersCommitteeMemberPersonIds.map(String) } : {}),
    ...(Array.isArray(reference.propertyMatterServiceCounts) ? { propertyMatterServiceCounts: reference.propertyMatterServiceCounts as MatterServiceCount[] } : {}),
    ...(Array.isArray(reference.cobuildingMatterServiceCounts) ? { cobuildingMatterServiceCounts: reference.cobuildingMatterServiceCounts as MatterServiceCount[] } : {}),
  }),
};

/**
 * The references of the registry's entities this subgraph extends: the id checked, nothing loaded (each added field
 * checks its own access). Person keeps the post summaries the gateway brought for Person.posts (@requires).
 */
export const registryReferences: ReferenceResolvers = {
  ...keyOnlyReferences('Neighborhood', 'Person'),
  District: areaReference,
  Street: areaReference,
  Community: areaReference,
};

export const stub = <T>(id: string) => ({ id }) as T;
export const stubs = <T>(ids: readonly string[]) => ids.map((id) => ({ id }) as T);
