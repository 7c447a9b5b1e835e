import { conflict } from '../../../platform/errors/error-codes.js';

/** CONFLICT if the client read another version than the record's (`extensions.currentVersion`); no version given, no check. */
export function assertExpectedVersion(record: { version: number }, expectedVersion: number | undefined): void {
  if (expectedVersion !== undefined && record.version !== expectedVersion) {
    throw conflict(
      `This record is at version ${record.version}, not ${expectedVersion}: someone changed it since you read it. Reload and try again.`,
      { currentVersion: record.version },
    );
  }
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
