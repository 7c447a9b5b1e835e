import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createChildrenLoader, createEntityLoader } from '../../../platform/batching/entity-loader.js';
import type { PlaceScopeLoaders } from '../access/place-scope.loader.js';
import { PATH_COLUMNS } from '../place/path-columns.js';
import { Unit } from './unit.entity.js';
import { UnitOwnership } from './unit-ownership.entity.js';
import { UnitOwnershipEnded } from './unit-ownership-ended.entity.js';

export interface UnitLoaders {
  unit: DataLoader<string, Unit | null>;
  /** The units of each building the caller may read, by number. */
  unitsOfBuilding: DataLoader<string, Unit[]>;
  ownershipsOfUnit: DataLoader<string, UnitOwnership[]>;
  ownershipsOfPerson: DataLoader<string, UnitOwnership[]>;
  /** Ownerships of each unit that have ended, the latest first. */
  pastOwnershipsOfUnit: DataLoader<string, UnitOwnershipEnded[]>;
}

export function createUnitLoaders(em: EntityManager, { visible }: PlaceScopeLoaders): UnitLoaders {
  return {
    unit: createEntityLoader(em, Unit),
    unitsOfBuilding: createChildrenLoader(em, Unit, 'buildingId', { number: 'asc' }, () => visible(PATH_COLUMNS.unit, false)),
    ownershipsOfUnit: createChildrenLoader(em, UnitOwnership, 'unitId', { since: 'asc' }),
    ownershipsOfPerson: createChildrenLoader(em, UnitOwnership, 'personId', { since: 'asc' }),
    pastOwnershipsOfUnit: createChildrenLoader(em, UnitOwnershipEnded, 'unitId', { endedAt: 'desc', id: 'asc' }),
  };
}
