import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Caller } from '../../platform/access/caller.js';
import { createChildrenLoader, createEntityLoader } from '../../platform/batching/entity-loader.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { resolvePlaceScope } from './access/scope-resolver.js';
import { scopeWhere, type PathColumns, type PlaceScope } from './access/place-scope.js';
import { PATH_COLUMNS } from './place/path-columns.js';
import { District } from './district/district.entity.js';
import { Street } from './street/street.entity.js';
import { Community } from './community/community.entity.js';
import { Neighborhood } from './neighborhood/neighborhood.entity.js';
import { Building } from './building/building.entity.js';
import { Unit } from './unit/unit.entity.js';
import { UnitOwnershipEnded } from './unit/unit-ownership-ended.entity.js';
import { UnitOwnership } from './unit/unit-ownership.entity.js';
import { Person } from './person/person.entity.js';
import { createPersonScopeLoader } from './person/person-scope.loader.js';
import { createPersonalDataAuditLoader, type AuditedRead } from './audit/personal-data-audit.js';

/** Everything the registry loads per request, batched: one statement per kind and tick. */
export interface RegistryLoaders {
  /** The caller's readable places, resolved once per request. */
  scope(): Promise<PlaceScope>;
  /** A where-clause restricting a table to what the caller may read. */
  visible<T>(columns: PathColumns, includeAncestors: boolean): Promise<FilterQuery<T>>;
  district: DataLoader<string, District | null>;
  street: DataLoader<string, Street | null>;
  community: DataLoader<string, Community | null>;
  neighborhood: DataLoader<string, Neighborhood | null>;
  building: DataLoader<string, Building | null>;
  unit: DataLoader<string, Unit | null>;
  person: DataLoader<string, Person | null>;
  streetsOfDistrict: DataLoader<string, Street[]>;
  communitiesOfStreet: DataLoader<string, Community[]>;
  neighborhoodsOfCommunity: DataLoader<string, Neighborhood[]>;
  buildingsOfNeighborhood: DataLoader<string, Building[]>;
  unitsOfBuilding: DataLoader<string, Unit[]>;
  ownershipsOfUnit: DataLoader<string, UnitOwnership[]>;
  ownershipsOfPerson: DataLoader<string, UnitOwnership[]>;
  /** Ownerships of each unit that have ended, the latest first. */
  pastOwnershipsOfUnit: DataLoader<string, UnitOwnershipEnded[]>;
  /** Whether a person lives or owns in the caller's scope. */
  personInScope: DataLoader<Person, boolean, string>;
  /** Records unmasked reads of personal data in the audit chain. */
  personalDataAudit: DataLoader<AuditedRead, true, string>;
}

export type RegistryContext = RequestContext<RegistryLoaders>;

export function createRegistryLoaders(em: EntityManager, caller: Caller, requestId: string): RegistryLoaders {
  let scope: Promise<PlaceScope> | undefined;
  const loaders: RegistryLoaders = {
    scope: () => (scope ??= resolvePlaceScope(em, caller)),
    visible: async <T>(columns: PathColumns, includeAncestors: boolean) => scopeWhere<T>(await loaders.scope(), columns, includeAncestors),
    district: createEntityLoader(em, District),
    street: createEntityLoader(em, Street),
    community: createEntityLoader(em, Community),
    neighborhood: createEntityLoader(em, Neighborhood),
    building: createEntityLoader(em, Building),
    unit: createEntityLoader(em, Unit),
    person: createEntityLoader(em, Person),
    streetsOfDistrict: createChildrenLoader(em, Street, 'districtId', { name: 'asc' }, () => loaders.visible(PATH_COLUMNS.street, true)),
    communitiesOfStreet: createChildrenLoader(em, Community, 'streetId', { name: 'asc' }, () =>
      loaders.visible(PATH_COLUMNS.community, true),
    ),
    neighborhoodsOfCommunity: createChildrenLoader(em, Neighborhood, 'communityId', { name: 'asc' }, () =>
      loaders.visible(PATH_COLUMNS.neighborhood, false),
    ),
    buildingsOfNeighborhood: createChildrenLoader(em, Building, 'neighborhoodId', { number: 'asc' }, () =>
      loaders.visible(PATH_COLUMNS.building, false),
    ),
    unitsOfBuilding: createChildrenLoader(em, Unit, 'buildingId', { number: 'asc' }, () => loaders.visible(PATH_COLUMNS.unit, false)),
    ownershipsOfUnit: createChildrenLoader(em, UnitOwnership, 'unitId', { since: 'asc' }),
    ownershipsOfPerson: createChildrenLoader(em, UnitOwnership, 'personId', { since: 'asc' }),
    pastOwnershipsOfUnit: createChildrenLoader(em, UnitOwnershipEnded, 'unitId', { endedAt: 'desc', id: 'asc' }),
    personInScope: undefined as never,
    personalDataAudit: createPersonalDataAuditLoader(em, caller, requestId),
  };
  loaders.personInScope = createPersonScopeLoader(loaders);
  return loaders;
}
