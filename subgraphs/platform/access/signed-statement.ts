import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A short statement one subgraph vouches for and another reads back through the client (所出具的证明): a JSON
 * payload and an HMAC over it, keyed by the secret every subgraph already shares and by the statement's purpose, so
 * a statement of one kind is never accepted as another. No subgraph has to call another, and no client can forge or
 * alter a statement. The issue time is inside the payload; a statement older than its lifetime is refused.
 */
export interface StatementKind {
  /** Distinguishes kinds of statement, e.g. `place-certificate/v1`; part of the key. */
  purpose: string;
  lifetimeMs: number;
}

const MAX_LENGTH = 2000;
const CLOCK_SKEW_MS = 60_000;

function signature(kind: StatementKind, payload: string, secret: string): Buffer {
  return createHmac('sha256', `${kind.purpose}:${secret}`).update(payload).digest();
}

export function issueStatement(kind: StatementKind, statement: object, secret: string, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ ...statement, issuedAt: now })).toString('base64url');
  return `${payload}.${signature(kind, payload, secret).toString('base64url')}`;
}

/** The statement's fields, or null when it was altered, forged, is of another kind or has expired. */
export function readStatement(kind: StatementKind, text: string, secret: string, now = Date.now()): Record<string, unknown> | null {
  if (typeof text !== 'string' || text.length > MAX_LENGTH) return null;
  const [payload, mac, extra] = text.split('.');
  if (!payload || !mac || extra !== undefined) return null;
  const expected = signature(kind, payload, secret);
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let statement: unknown;
  try {
    statement = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof statement !== 'object' || statement === null) return null;
  const issuedAt = (statement as { issuedAt?: unknown }).issuedAt;
  if (typeof issuedAt !== 'number' || now - issuedAt > kind.lifetimeMs || issuedAt - now > CLOCK_SKEW_MS) return null;
  return statement as Record<string, unknown>;
}
