import type { EntityClass, EntityData, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict } from '../errors/error-codes.js';
import { updateIf, type VersionedRow } from './conditional-update.js';

/**
 * How a service words its stale-version CONFLICT. By default the platform's: "This record is at version …", with
 * the current version in `extensions.version`.
 */
export interface StaleVersionWording {
  /** The record as the message names it: "This <noun> is at version …" ('record' unless given). */
  noun?: string;
  /** The whole subject of the message, where it is not "This <noun>" (e.g. "Your company's record"). */
  subject?: string;
  /** The extension that carries the current version: `version` unless given, `currentVersion`, or none (false). */
  versionExtension?: 'version' | 'currentVersion' | false;
}

/** CONFLICT for an edit made at a version the record has since left; `extensions.version` is the current one. */
export function staleVersion(current: number, expected: number, wording: StaleVersionWording = {}) {
  const { noun = 'record', subject = `This ${noun}`, versionExtension = 'version' } = wording;
  const message = `${subject} is at version ${current}, not ${expected}: someone changed it since you read it. Reload and try again.`;
  return conflict(message, versionExtension ? { [versionExtension]: current } : undefined);
}

/**
 * Refuses an edit made at a version the record has since left, before anything changes (`staleVersion`), where the
 * write is a flush (whose optimistic lock catches a concurrent one). No `expectedVersion` given, no check.
 */
export function assertAtVersion(record: { version: number }, expectedVersion: number | undefined, wording: StaleVersionWording = {}): void {
  if (expectedVersion !== undefined && record.version !== expectedVersion) throw staleVersion(record.version, expectedVersion, wording);
}

/**
 * Applies `changes` only if the row is still at `expectedVersion` (and meets `condition`), in one UPDATE … WHERE
 * statement (`updateIf`), so of two editors who read the same version only the first succeeds; the other gets
 * CONFLICT (`staleVersion`, in the caller's `wording`).
 */
export async function updateAtVersion<T extends VersionedRow>(
  em: EntityManager,
  entity: EntityClass<T>,
  row: T,
  expectedVersion: number,
  changes: EntityData<T>,
  condition: FilterQuery<NoInfer<T>> = {} as FilterQuery<NoInfer<T>>,
  wording: StaleVersionWording = {},
): Promise<T> {
  if (row.version !== expectedVersion) throw staleVersion(row.version, expectedVersion, wording);
  const atVersion = { $and: [{ version: expectedVersion }, condition] } as unknown as FilterQuery<NoInfer<T>>;
  const updated = await updateIf(em, entity, row, atVersion, changes);
  if (!updated) throw staleVersion(row.version, expectedVersion, wording);
  return updated;
}
