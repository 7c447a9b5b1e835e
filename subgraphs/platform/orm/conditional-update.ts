import { raw, type EntityClass, type EntityData, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { VersionedRecord } from './versioned-record.js';

/** The columns of a `VersionedRecord` a conditional update reads and sets. */
export type VersionedRow = Pick<VersionedRecord, 'id' | 'version' | 'updatedAt'>;

/**
 * Changes one row only if it still meets `condition` (e.g. its status is still the one the step starts from), in
 * one UPDATE ... WHERE statement: of concurrent requests exactly one finds the condition true, because Postgres
 * re-checks the WHERE clause of a waiting update once the first commits. It raises the version and sets
 * `updatedAt` as a flush would (a native update runs no `onUpdate` hook), unless `changes` set it. Returns the fresh row, or null if the
 * condition no longer held (the row is refreshed either way so the caller can say why).
 */
export async function updateIf<T extends VersionedRow>(
  em: EntityManager,
  entity: EntityClass<T>,
  row: T,
  condition: FilterQuery<NoInfer<T>>,
  changes: EntityData<T>,
): Promise<T | null> {
  const where = { $and: [{ id: row.id }, condition] } as unknown as FilterQuery<NoInfer<T>>;
  const data = { updatedAt: new Date(), ...changes, version: raw('version + 1') } as unknown as EntityData<T>;
  const updated = await em.nativeUpdate(entity, where, data);
  await em.refresh(row);
  return updated === 1 ? row : null;
}
