import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createEntityLoader } from '../../../platform/batching/entity-loader.js';
import type { PlaceScopeLoaders } from '../access/place-scope.loader.js';
import type { UnitLoaders } from '../unit/unit.loader.js';
import { Person } from './person.entity.js';
import { createPersonScopeLoader } from './person-scope.loader.js';

export interface PersonLoaders {
  person: DataLoader<string, Person | null>;
  /** Whether a person lives or owns in the caller's scope. */
  personInScope: DataLoader<Person, boolean, string>;
}

export function createPersonLoaders(em: EntityManager, related: Pick<PlaceScopeLoaders, 'scope'> & Pick<UnitLoaders, 'ownershipsOfPerson' | 'unit'>): PersonLoaders {
  return { person: createEntityLoader(em, Person), personInScope: createPersonScopeLoader(related) };
}
