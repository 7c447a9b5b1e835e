import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../platform/federation/build-subgraph-schema.js';
import type { SubgraphModule } from '../../platform/federation/subgraph-module.js';
import type { DistrictPlan } from '../../../infra/demo/district-plan.js';
import type { LoaderFactory } from '../../platform/context/request-context.js';
import { createCobuildingLoaders } from './cobuilding.loaders.js';
// Loaded where cobuilding.loaders.ts used to load them, before the other resolvers: schema/ records the field order.
import { CommunityPointsResolver, DistrictPointsResolver, StreetPointsResolver } from './points/points-statistics.resolver.js';
import { cobuildingDatabase } from './cobuilding.database.js';
import { DistrictStub, StreetStub, registryStubReferences } from './stubs/registry.stub.js';
import { GovernanceMatterStub, PartyOrganizationStub, partyStubReferences } from './stubs/party.stub.js';
// Loaded before the unit resolver: type-graphql orders the schema's fields by load order, which schema/ records.
import { ResourceResolver } from './lists/resource.resolver.js';
import { JointBuildingUnitResolver } from './unit/joint-building-unit.resolver.js';
import { UnitReportInResolver } from './unit/unit-report-in.resolver.js';
import { UnitPostResolver } from './unit/unit-post.resolver.js';
import { PersonUnitPostsResolver } from './unit/person-unit-posts.resolver.js';
import { jointBuildingUnitReferences } from './unit/joint-building-unit.reference.js';
import { PairingResolver } from './pairing/pairing.resolver.js';
import { NeighborhoodPairingsResolver } from './pairing/neighborhood-pairings.resolver.js';
import { CommunityPairingsResolver } from './pairing/community-pairings.resolver.js';
import { pairingReferences } from './pairing/pairing.reference.js';
import { NeedResolver } from './lists/need.resolver.js';
import { CoBuildingProjectResolver } from './project/project.resolver.js';
import { NeighborhoodProjectsResolver } from './project/neighborhood-projects.resolver.js';
import { coBuildingProjectReferences } from './project/project.reference.js';
import { MicroWishResolver } from './wish/micro-wish.resolver.js';
import { NeighborhoodWishesResolver } from './wish/neighborhood-wishes.resolver.js';
import { microWishReferences } from './wish/micro-wish.reference.js';
import { VolunteerActivityResolver } from './volunteer/volunteer.resolver.js';
import { CommunityStatisticsResolver, DistrictStatisticsResolver, StreetStatisticsResolver } from './statistics/statistics.resolver.js';
import { GovernanceMatterCobuildingResolver } from './governance/governance.resolver.js';
import { PersonCobuildingPostSummariesResolver } from './governance/person-post-summaries.resolver.js';
import { CommunityMatterFactsResolver, DistrictMatterFactsResolver, StreetMatterFactsResolver } from './governance/area-matter-facts.resolver.js';
import { PointsResolver } from './points/points.resolver.js';
import { CobuildingChangesResolver } from './unit/unit-changes.resolver.js';
import { WishWallResolver } from './wish/wish-wall.resolver.js';
import { MicroWishReleaseResolver } from './wish/micro-wish-release.resolver.js';
import { seedCobuilding } from '../seeders/cobuilding.seeder.js';

/** The cobuilding subgraph's schema. Never listens; see index.ts. */
export function createCobuildingSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      PointsResolver,
      DistrictPointsResolver,
      StreetPointsResolver,
      CommunityPointsResolver,
      JointBuildingUnitResolver,
      UnitReportInResolver,
      UnitPostResolver,
      PersonUnitPostsResolver,
      PairingResolver,
      CommunityPairingsResolver,
      NeighborhoodPairingsResolver,
      NeedResolver,
      ResourceResolver,
      CoBuildingProjectResolver,
      NeighborhoodProjectsResolver,
      MicroWishResolver,
      NeighborhoodWishesResolver,
      VolunteerActivityResolver,
      DistrictStatisticsResolver,
      StreetStatisticsResolver,
      CommunityStatisticsResolver,
      GovernanceMatterCobuildingResolver,
      PersonCobuildingPostSummariesResolver,
      CommunityMatterFactsResolver,
      StreetMatterFactsResolver,
      DistrictMatterFactsResolver,
      CobuildingChangesResolver,
      WishWallResolver,
      MicroWishReleaseResolver,
    ],
    orphanedTypes: [GovernanceMatterStub, PartyOrganizationStub, DistrictStub, StreetStub],
    references: {
      ...jointBuildingUnitReferences,
      ...pairingReferences,
      ...coBuildingProjectReferences,
      ...microWishReferences,
      ...registryStubReferences,
      ...partyStubReferences,
    },
  });
}

/** 共驻共建: joint-building units, pairings, the three lists, projects, micro-wishes and volunteering. */
export const cobuildingSubgraph: SubgraphModule<DistrictPlan> = {
  name: 'cobuilding',
  defaultPort: 4005,
  database: cobuildingDatabase,
  // Place certificates (registry) and matter certificates (party).
  trusts: ['registry', 'party'],
  createLoaders: createCobuildingLoaders as LoaderFactory<unknown>,
  createSchema: () => createCobuildingSchema(),
  seedDemo: (em, plan) => seedCobuilding(em, plan),
};
