import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../../platform/access/caller.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { createPlaceScopeLoaders, type PlaceScopeLoaders } from './access/place-scope.loader.js';
import { createDistrictLoaders, type DistrictLoaders } from './district/district.loader.js';
import { createStreetLoaders, type StreetLoaders } from './street/street.loader.js';
import { createCommunityLoaders, type CommunityLoaders } from './community/community.loader.js';
import { createNeighborhoodLoaders, type NeighborhoodLoaders } from './neighborhood/neighborhood.loader.js';
import { createBuildingLoaders, type BuildingLoaders } from './building/building.loader.js';
import { createUnitLoaders, type UnitLoaders } from './unit/unit.loader.js';
import { createPersonLoaders, type PersonLoaders } from './person/person.loader.js';
import { createPersonalDataAuditLoader, type AuditedRead } from './audit/personal-data-audit.loader.js';

/** Everything the registry loads per request, batched: one statement per kind and tick. */
export interface RegistryLoaders
  extends PlaceScopeLoaders, DistrictLoaders, StreetLoaders, CommunityLoaders, NeighborhoodLoaders, BuildingLoaders, UnitLoaders, PersonLoaders {
  /** Records unmasked reads of personal data in the audit chain. */
  personalDataAudit: DataLoader<AuditedRead, true, string>;
}

export type RegistryContext = RequestContext<RegistryLoaders>;

export function createRegistryLoaders(em: EntityManager, caller: Caller, requestId: string): RegistryLoaders {
  const access = createPlaceScopeLoaders(em, caller);
  const units = createUnitLoaders(em, access);
  return {
    ...access,
    ...createDistrictLoaders(em),
    ...createStreetLoaders(em, access),
    ...createCommunityLoaders(em, access),
    ...createNeighborhoodLoaders(em, access),
    ...createBuildingLoaders(em, access),
    ...units,
    ...createPersonLoaders(em, { scope: access.scope, ...units }),
    personalDataAudit: createPersonalDataAuditLoader(em, caller, requestId),
  };
}
