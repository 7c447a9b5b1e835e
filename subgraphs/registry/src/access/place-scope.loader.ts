import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Caller } from '../../../platform/access/caller.js';
import { resolvePlaceScope } from './scope-resolver.js';
import { scopeWhere, type PathColumns, type PlaceScope } from './place-scope.js';

/** What the caller may read, resolved once per request and shared by every loader that filters by it. */
export interface PlaceScopeLoaders {
  /** The caller's readable places, resolved once per request. */
  scope(): Promise<PlaceScope>;
  /** A where-clause restricting a table to what the caller may read. */
  visible<T>(columns: PathColumns, includeAncestors: boolean): Promise<FilterQuery<T>>;
}

export function createPlaceScopeLoaders(em: EntityManager, caller: Caller): PlaceScopeLoaders {
  let scope: Promise<PlaceScope> | undefined;
  const loaders: PlaceScopeLoaders = {
    scope: () => (scope ??= resolvePlaceScope(em, caller)),
    visible: async <T>(columns: PathColumns, includeAncestors: boolean) => scopeWhere<T>(await loaders.scope(), columns, includeAncestors),
  };
  return loaders;
}
