import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';

const KEY = /^[A-Za-z0-9_-]{8,100}$/;

/** A client's idempotency key, checked: 8–100 letters, digits, - or _. */
export function checkedKey(key: string | undefined | null, field = 'idempotencyKey'): string | null {
  if (key === undefined || key === null) return null;
  if (!KEY.test(key)) throw badUserInput(`${field} must be 8 to 100 letters, digits, - or _`, { field });
  return key;
}

/**
 * The record this account already wrote under this key, if any; `sameRequest` says whether the retry asks for the
 * same thing (else the key was reused for something else: CONFLICT).
 */
export async function priorWrite<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  recordedBy: string,
  key: string | null,
  sameRequest: (prior: T) => boolean,
): Promise<T | null> {
  if (!key) return null;
  const prior = await em.findOne(entity, { recordedBy, idempotencyKey: key } as FilterQuery<NoInfer<T>>);
  if (prior && !sameRequest(prior)) throw conflict('This idempotency key was already used for a different request; use a new key.');
  return prior;
}
