import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../platform/federation/build-subgraph-schema.js';
import type { SubgraphModule } from '../../platform/federation/subgraph-module.js';
import type { DistrictPlan } from '../../../infra/demo/district-plan.js';
import type { LoaderFactory } from '../../platform/context/request-context.js';
// Loaded before the company resolver: type-graphql orders the schema's fields by load order, which schema/ records.
import { ServiceContractResolver } from './contract/service-contract.resolver.js';
import { PropertyCompanyResolver } from './company/property-company.resolver.js';
import { propertyCompanyReferences } from './company/property-company.reference.js';
import { serviceContractReferences } from './contract/service-contract.reference.js';
import { serviceRequestReferences } from './request/service-request.reference.js';
import { serviceEvaluationReferences } from './evaluation/service-evaluation.reference.js';
import { PropertyPostResolver } from './staff/property-post.resolver.js';
import { ServiceRequestResolver } from './request/service-request.resolver.js';
import { ServiceRequestStepResolver } from './request/service-request-step.resolver.js';
import { ServiceRequestOnBehalfResolver } from './request/on-behalf.resolver.js';
import { ServiceRequestOnBehalfFieldsResolver } from './request/on-behalf-record.resolver.js';
import { ServiceEvaluationResolver } from './evaluation/service-evaluation.resolver.js';
import { FeeCollectionResolver } from './fee/fee-collection.resolver.js';
import { NeighborhoodPropertyResolver } from './place/neighborhood.resolver.js';
import { PersonPropertyResolver } from './place/person.resolver.js';
import { CommunityPropertyResolver, DistrictPropertyResolver, StreetPropertyResolver } from './statistics/area-statistics.resolver.js';
import { PropertyAreaStatisticsResolver } from './statistics/property-area-statistics.resolver.js';
import { placeReferences } from './place/place.reference.js';
import { CommunityStub, DistrictStub, StreetStub, registryStubReferences } from './stubs/registry.stub.js';
import { GovernanceMatterStub, JointMeetingStub, PartyOrganizationStub, partyStubReferences } from './stubs/party.stub.js';
import { OwnersMotionStub, ownersStubReferences } from './stubs/owners.stub.js';
import { GovernanceMatterPropertyResolver } from './governance/governance.resolver.js';
import { PersonPropertyPostSummariesResolver } from './governance/person-post-summaries.resolver.js';
import { MatterServiceRequestResolver } from './governance/matter-service-request.resolver.js';
import { OwnersMotionRecusalResolver } from './governance/owners-motion-recusal.resolver.js';
import { JointMeetingRecusalResolver } from './governance/joint-meeting-recusal.resolver.js';
import { RecusalResolver } from './governance/recusal.resolver.js';
import { CommunityMatterFactsResolver, DistrictMatterFactsResolver, StreetMatterFactsResolver } from './governance/area-matter-facts.resolver.js';
import { OwnServiceContractsResolver } from './contract/own-contracts.resolver.js';
import { OwnPropertyCompanyResolver } from './company/own-company.resolver.js';
import { ServiceRequestHandlingResolver } from './request/request-handling.resolver.js';
import { ServiceRequestSearchResolver } from './request/request-search.resolver.js';
import { readTimeLimits, type RequestTimeLimits } from './request/request-deadline.js';
import { createPropertyLoaders } from './property.loaders.js';
import { propertyDatabase } from './property.database.js';
import { seedProperty } from '../seeders/property.seeder.js';

export interface PropertySchemaOptions {
  /** Hours each open request state may last (办理时限; PROPERTY_REQUEST_TIME_LIMITS). */
  timeLimits: RequestTimeLimits;
}

/** The property subgraph's schema (红色物业). Never listens; see index.ts. */
export function createPropertySchema(options: PropertySchemaOptions): Promise<GraphQLSchema> {
  const search = new ServiceRequestSearchResolver(options.timeLimits);
  return buildFederatedSchema({
    resolvers: [
      PropertyCompanyResolver,
      ServiceContractResolver,
      PropertyPostResolver,
      ServiceRequestResolver,
      ServiceRequestStepResolver,
      ServiceEvaluationResolver,
      FeeCollectionResolver,
      NeighborhoodPropertyResolver,
      PersonPropertyResolver,
      DistrictPropertyResolver,
      StreetPropertyResolver,
      CommunityPropertyResolver,
      PropertyAreaStatisticsResolver,
      GovernanceMatterPropertyResolver,
      PersonPropertyPostSummariesResolver,
      MatterServiceRequestResolver,
      OwnersMotionRecusalResolver,
      JointMeetingRecusalResolver,
      RecusalResolver,
      ServiceRequestHandlingResolver,
      ServiceRequestSearchResolver,
      OwnServiceContractsResolver,
      OwnPropertyCompanyResolver,
      ServiceRequestOnBehalfResolver,
      ServiceRequestOnBehalfFieldsResolver,
      CommunityMatterFactsResolver,
      StreetMatterFactsResolver,
      DistrictMatterFactsResolver,
    ],
    container: { get: (resolverClass) => (resolverClass === ServiceRequestSearchResolver ? search : new (resolverClass as new () => object)()) },
    orphanedTypes: [GovernanceMatterStub, OwnersMotionStub, JointMeetingStub, PartyOrganizationStub, DistrictStub, StreetStub, CommunityStub],
    references: {
      ...propertyCompanyReferences,
      ...serviceContractReferences,
      ...serviceRequestReferences,
      ...serviceEvaluationReferences,
      ...placeReferences,
      ...registryStubReferences,
      ...partyStubReferences,
      ...ownersStubReferences,
    },
  });
}

/** Property (物业): companies, service contracts, staff posts, resident requests, evaluations and fee collection. */
export const propertySubgraph: SubgraphModule<DistrictPlan> = {
  name: 'property',
  defaultPort: 4003,
  database: propertyDatabase,
  createLoaders: createPropertyLoaders as LoaderFactory<unknown>,
  // Place certificates (registry) and matter certificates (party).
  trusts: ['registry', 'party'],
  createSchema: (env) => createPropertySchema({ timeLimits: readTimeLimits(env) }),
  seedDemo: (em, plan) => seedProperty(em, plan),
};
