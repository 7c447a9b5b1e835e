import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../platform/federation/build-subgraph-schema.js';
import type { SubgraphModule } from '../../platform/federation/subgraph-module.js';
import type { DistrictPlan } from '../../../infra/demo/district-plan.js';
import { ConfigurationError, requireVariable, type Environment } from '../../platform/config/environment.js';
import type { LoaderFactory } from '../../platform/context/request-context.js';
import { DistrictResolver } from './district/district.resolver.js';
import { StreetResolver } from './street/street.resolver.js';
import { CommunityResolver } from './community/community.resolver.js';
import { NeighborhoodResolver } from './neighborhood/neighborhood.resolver.js';
import { BuildingResolver } from './building/building.resolver.js';
import { UnitResolver } from './unit/unit.resolver.js';
import { OwnersRosterResolver } from './neighborhood/owners-roster.resolver.js';
import { PersonResolver } from './person/person.resolver.js';
import { MyPhoneResolver } from './person/my-phone.resolver.js';
import { PastOwnershipResolver } from './unit/past-ownership.resolver.js';
import { districtReferences } from './district/district.reference.js';
import { streetReferences } from './street/street.reference.js';
import { communityReferences } from './community/community.reference.js';
import { neighborhoodReferences } from './neighborhood/neighborhood.reference.js';
import { buildingReferences } from './building/building.reference.js';
import { unitReferences } from './unit/unit.reference.js';
import { personReferences } from './person/person.reference.js';
import { createRegistryLoaders } from './registry.loaders.js';
import { registryDatabase } from './registry.database.js';
import { createNeighborhoodPublicRoutes } from './neighborhood/neighborhood.public.js';
import { seedRegistry } from '../seeders/registry.seeder.js';

export interface RegistrySchemaOptions {
  /** Key of the keyed hash under which ID numbers are stored; at least 32 characters. */
  idNumberKey: string;
}

/** The registry subgraph's schema: places (District → Unit) and people. Never listens; see index.ts. */
export function createRegistrySchema(options: RegistrySchemaOptions): Promise<GraphQLSchema> {
  const instances = new Map<unknown, object>([
    [PersonResolver, new PersonResolver(options.idNumberKey)],
  ]);
  return buildFederatedSchema({
    resolvers: [DistrictResolver, StreetResolver, CommunityResolver, NeighborhoodResolver, BuildingResolver, UnitResolver, PersonResolver, OwnersRosterResolver, MyPhoneResolver, PastOwnershipResolver],
    container: { get: (resolverClass) => instances.get(resolverClass) ?? new (resolverClass as new () => object)() },
    references: {
      ...districtReferences,
      ...streetReferences,
      ...communityReferences,
      ...neighborhoodReferences,
      ...buildingReferences,
      ...unitReferences,
      ...personReferences,
    },
  });
}

function readIdNumberKey(env: Environment): string {
  const key = requireVariable(env, 'PERSON_ID_HASH_KEY', 'the key under which ID numbers are hashed (32+ characters).');
  if (key.length < 32) throw new ConfigurationError('PERSON_ID_HASH_KEY must be at least 32 characters long.');
  return key;
}

/** The registry (地理与人员库): District, Street, Community, Neighborhood, Building, Unit and Person. */
export const registrySubgraph: SubgraphModule<DistrictPlan> = {
  name: 'registry',
  defaultPort: 4001,
  database: registryDatabase,
  createLoaders: createRegistryLoaders as LoaderFactory<unknown>,
  // Signs place certificates and owners' rosters; reads no other subgraph's statements.
  trusts: [],
  createSchema: (env) => createRegistrySchema({ idNumberKey: readIdNumberKey(env) }),
  seedDemo: (em, plan, env, progress) => seedRegistry(em, plan, readIdNumberKey(env), progress),
  publicRoutes: (orm) => createNeighborhoodPublicRoutes(orm),
};
