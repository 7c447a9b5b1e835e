import { createHash, randomUUID } from 'node:crypto';
import { issueStatement, readStatement, type StatementKeys, type StatementKind } from '../access/signed-statement.js';
import { EVENT_TYPES } from './event-types.js';

/**
 * How a relayed batch of events proves where it comes from (事件批次签名). Each subgraph signs its own batches with its
 * own Ed25519 key (SIGNING_KEY), as a signed statement (signed-statement.ts: compact JWS, EdDSA, `typ`
 * `event-batch/v1`) over the batch's SHA-256, its source and a batch id; the notifications service holds each
 * source's public keys only. So no secret both admits a caller and signs: notifications cannot forge a batch, one
 * subgraph cannot pass its batch off as another's, and a key that leaks speaks for one source only.
 */
export const EVENT_BATCH_SIGNATURE_HEADER = 'x-event-batch-signature';

/** A batch is refused five minutes after it was signed (a late resend is signed again; intake is idempotent by event id). */
export const EVENT_BATCH_LIFETIME_MS = 5 * 60_000;

/** The subgraphs that relay events: the sources event types name. */
export const RELAY_SOURCES: readonly string[] = [...new Set(Object.values(EVENT_TYPES).flatMap((definition) => definition.sources))].sort();

function batchKind(source: string): StatementKind {
  return { purpose: 'event-batch/v1', issuer: source, lifetimeMs: EVENT_BATCH_LIFETIME_MS };
}

const digestOf = (body: string) => createHash('sha256').update(body, 'utf8').digest('base64url');

/** The signature header's value for a batch body this subgraph (keys.signer) relays. */
export function signEventBatch(body: string, keys: StatementKeys, now = Date.now()): string {
  return issueStatement(batchKind(keys.signer), { source: keys.signer, batchId: randomUUID(), digest: digestOf(body) }, keys, now);
}

/**
 * The source a batch body was signed by, or null: no or a malformed signature, a source that does not relay, a key
 * not in that source's set (another subgraph's key included), a body other than the one signed, or a stale one.
 * `claimedSource` is what the body says; it is believed only once that source's key has verified the signature.
 */
export function verifyEventBatch(body: string, claimedSource: unknown, signature: unknown, keys: StatementKeys, now = Date.now()): string | null {
  if (typeof claimedSource !== 'string' || !RELAY_SOURCES.includes(claimedSource) || typeof signature !== 'string') return null;
  const statement = readStatement(batchKind(claimedSource), signature, keys, now);
  if (!statement || statement.source !== claimedSource || statement.digest !== digestOf(body)) return null;
  return claimedSource;
}
