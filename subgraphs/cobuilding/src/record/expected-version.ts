import { raw, type EntityClass, type EntityData, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict } from '../../../platform/errors/error-codes.js';

export function staleVersion(current: number, expected: number) {
  return conflict(`This record is at version ${current}, not ${expected}: someone changed it since you read it. Reload and try again.`, { version: current });
}

/**
 * Applies `changes` only if the row is still at `expectedVersion` (and meets `condition`), in one UPDATE … WHERE
 * statement, so of two editors who read the same version only the first succeeds; the other gets CONFLICT.
 */
export async function updateAtVersion<T extends { id: string; version: number; updatedAt: Date }>(
  em: EntityManager,
  entity: EntityClass<T>,
  row: T,
  expectedVersion: number,
  changes: EntityData<T>,
  condition: FilterQuery<NoInfer<T>> = {} as FilterQuery<NoInfer<T>>,
): Promise<T> {
  if (row.version !== expectedVersion) throw staleVersion(row.version, expectedVersion);
  const where = { $and: [{ id: row.id, version: expectedVersion }, condition] } as unknown as FilterQuery<NoInfer<T>>;
  const data = { ...changes, updatedAt: new Date(), version: raw('version + 1') } as unknown as EntityData<T>;
  const updated = await em.nativeUpdate(entity, where, data);
  await em.refresh(row);
  if (updated !== 1) throw staleVersion(row.version, expectedVersion);
  return row;
}
