import { assertAtVersion } from '../../../platform/orm/expected-version.js';

/** CONFLICT if the client read another version than the record's (`extensions.currentVersion`); no version given, no check. */
export function assertExpectedVersion(record: { version: number }, expectedVersion: number | undefined): void {
  assertAtVersion(record, expectedVersion, { versionExtension: 'currentVersion' });
}

/** Keeps only the fields an update input actually sets (undefined means "leave as is"). */
export function definedFields<T extends object, K extends keyof T>(input: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const changes: Partial<Pick<T, K>> = {};
  for (const key of keys) {
    const value = input[key];
    if (value !== undefined) changes[key] = (typeof value === 'string' ? value.trim() : value) as T[K];
  }
  return changes;
}
