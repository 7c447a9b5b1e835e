import { sign, verify } from 'node:crypto';
import type { SigningKey, VerificationKeys } from './signing-keys.js';

/**
 * A short statement one subgraph vouches for and another reads back (所出具的证明): a certificate a client passes on,
 * or facts the gateway carries with `@requires`. It is a JWS in compact form (header.payload.signature, RFC 7515)
 * signed with the issuing subgraph's Ed25519 key (`alg` EdDSA); the header names the key (`kid`) and the kind of
 * statement (`typ`), so a statement of one kind is never accepted as another. Only the issuer holds its private key;
 * readers hold its public keys, so a reader cannot sign, and no gateway secret signs anything. The issue time is
 * inside the payload; a statement older than its lifetime is refused.
 *
 * Signed and checked with node:crypto rather than jose: Ed25519 there is synchronous, so reading a certificate stays
 * an ordinary function call inside resolvers and input parsing; the format is standard JWS all the same.
 */
export interface StatementKind {
  /** The `typ` of the statement, e.g. `place-certificate/v2`. */
  purpose: string;
  /** The subgraph whose key signs it. */
  issuer: string;
  lifetimeMs: number;
}

/** Who signs with which key and whose keys verify what: what a subgraph holds (see signing-keys.ts). */
export interface StatementKeys {
  /** This subgraph's name and private key. */
  signer: string;
  signingKey: SigningKey;
  /** Public keys of the subgraphs whose statements this one reads, by subgraph name. */
  trusted: ReadonlyMap<string, VerificationKeys>;
}

const MAX_LENGTH = 4000;
const CLOCK_SKEW_MS = 60_000;

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

function decode(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function issueStatement(kind: StatementKind, statement: object, keys: StatementKeys, now = Date.now()): string {
  // A subgraph signs only its own kinds: another's would be refused by every reader anyway.
  if (kind.issuer !== keys.signer) throw new Error(`The ${keys.signer} subgraph does not issue ${kind.purpose}.`);
  const input = `${encode({ alg: 'EdDSA', kid: keys.signingKey.kid, typ: kind.purpose })}.${encode({ ...statement, issuedAt: now })}`;
  return `${input}.${sign(null, Buffer.from(input), keys.signingKey.privateKey).toString('base64url')}`;
}

/**
 * The statement's fields, or null when it was altered or forged, is signed by a key the issuer's set does not hold
 * (or by no key at all), is of another kind, or has expired.
 */
export function readStatement(kind: StatementKind, text: string, keys: StatementKeys, now = Date.now()): Record<string, unknown> | null {
  if (typeof text !== 'string' || text.length > MAX_LENGTH) return null;
  const parts = text.split('.');
  if (parts.length !== 3 || parts.some((part) => !part)) return null;
  const [headerPart, payloadPart, signaturePart] = parts;
  const header = decode(headerPart);
  if (!header || header.alg !== 'EdDSA' || header.typ !== kind.purpose || typeof header.kid !== 'string') return null;
  const publicKey = keys.trusted.get(kind.issuer)?.get(header.kid);
  if (!publicKey) return null;
  let valid = false;
  try {
    valid = verify(null, Buffer.from(`${headerPart}.${payloadPart}`), publicKey, Buffer.from(signaturePart, 'base64url'));
  } catch {
    valid = false;
  }
  if (!valid) return null;
  const statement = decode(payloadPart);
  if (!statement) return null;
  const issuedAt = statement.issuedAt;
  if (typeof issuedAt !== 'number' || now - issuedAt > kind.lifetimeMs || issuedAt - now > CLOCK_SKEW_MS) return null;
  return statement;
}
