import { badUserInput } from '../errors/error-codes.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isId(value: string): boolean {
  return UUID.test(value);
}

/** Rejects a malformed id before it reaches the database. */
export function requireId(value: string, field = 'id'): string {
  if (!UUID.test(value)) throw badUserInput(`${field} must be an id such as "3f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42".`, { field });
  return value.toLowerCase();
}
