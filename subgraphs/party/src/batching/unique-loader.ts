import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';

/**
 * A loader of at most one row per key, by a unique column other than the primary key (a member by person, a
 * report-in by member). A generic batching helper: it belongs beside createEntityLoader in platform/batching.
 */
export function createUniqueLoader<T extends object>(em: EntityManager, entity: new () => T, field: keyof T & string): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await em.find(entity, { [field]: { $in: [...keys] } } as FilterQuery<T>);
    const byKey = new Map(rows.map((row) => [String(row[field]), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}
