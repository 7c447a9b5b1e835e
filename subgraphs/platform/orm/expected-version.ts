import type { EntityClass, EntityData, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict } from '../errors/error-codes.js';
import { updateIf, type VersionedRow } from './conditional-update.js';

/** CONFLICT for an edit made at a version the record has since left; `extensions.version` is the current one. */
export function staleVersion(current: number, expected: number) {
  return conflict(`This record is at version ${current}, not ${expected}: someone changed it since you read it. Reload and try again.`, { version: current });
}

/**
 * Applies `changes` only if the row is still at `expectedVersion` (and meets `condition`), in one UPDATE … WHERE
 * statement (`updateIf`), so of two editors who read the same version only the first succeeds; the other gets
 * CONFLICT.
 */
export async function updateAtVersion<T extends VersionedRow>(
  em: EntityManager,
  entity: EntityClass<T>,
  row: T,
  expectedVersion: number,
  changes: EntityData<T>,
  condition: FilterQuery<NoInfer<T>> = {} as FilterQuery<NoInfer<T>>,
): Promise<T> {
  if (row.version !== expectedVersion) throw staleVersion(row.version, expectedVersion);
  const atVersion = { $and: [{ version: expectedVersion }, condition] } as unknown as FilterQuery<NoInfer<T>>;
  const updated = await updateIf(em, entity, row, atVersion, changes);
  if (!updated) throw staleVersion(row.version, expectedVersion);
  return updated;
}
