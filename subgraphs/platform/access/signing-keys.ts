import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type JsonWebKey, type KeyObject } from 'node:crypto';
import { ConfigurationError, type Environment } from '../config/environment.js';

/**
 * The Ed25519 keys subgraphs sign statements with (certificates, attested facts). Each signing subgraph holds its own
 * private key (`SIGNING_KEY`, a JWK with its `kid`) and no other; the others hold its public keys (`<NAME>_PUBLIC_KEYS`,
 * a JWK set), so a verifier can never sign. A set may hold several keys: during a rotation the old and the new key
 * both verify, and a retired key stops verifying once it is removed from the set. No gateway secret is a key.
 */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
}

/** Public keys that verify one subgraph's statements, by key id. */
export type VerificationKeys = ReadonlyMap<string, KeyObject>;

export interface GeneratedKey {
  /** The private key as a JWK with its `kid`: the value of the signer's SIGNING_KEY. */
  privateJwk: JsonWebKey & { kid: string };
  /** The public half, for the verifiers' key set. */
  publicJwk: JsonWebKey & { kid: string };
}

const KID = /^[A-Za-z0-9._-]{1,64}$/;

function describe(key: KeyObject): GeneratedKey['privateJwk'] {
  return key.export({ format: 'jwk' }) as GeneratedKey['privateJwk'];
}

/** A new Ed25519 key; its id names the signer and is unique. */
export function generateSigningKey(signer: string): GeneratedKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const kid = `${signer}-${randomBytes(6).toString('hex')}`;
  return { privateJwk: { ...describe(privateKey), kid }, publicJwk: { ...describe(publicKey), kid } };
}

/** A key set (JWKS) as its environment variable carries it. */
export function keySetJson(publicJwks: readonly JsonWebKey[]): string {
  return JSON.stringify({ keys: publicJwks });
}

function parseJson(name: string, raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    throw new ConfigurationError(`${name} is not valid JSON.`);
  }
}

function isEd25519(jwk: unknown): jwk is JsonWebKey & { kid: string } {
  const key = jwk as Record<string, unknown> | null;
  return !!key && key.kty === 'OKP' && key.crv === 'Ed25519' && typeof key.x === 'string' && typeof key.kid === 'string' && KID.test(key.kid);
}

/** This subgraph's private key from SIGNING_KEY (a JWK: kty OKP, crv Ed25519, d, x, kid). */
export function readSigningKey(env: Environment, name = 'SIGNING_KEY'): SigningKey {
  const raw = env[name]?.trim();
  if (!raw) throw new ConfigurationError(`${name} is not set: this subgraph's Ed25519 private key as a JWK with a "kid" (npm start generates one).`);
  const jwk = parseJson(name, raw);
  if (!isEd25519(jwk) || typeof (jwk as { d?: unknown }).d !== 'string') throw new ConfigurationError(`${name} must be an Ed25519 private key as a JWK (kty "OKP", crv "Ed25519", d, x, kid).`);
  try {
    return { kid: jwk.kid, privateKey: createPrivateKey({ key: jwk, format: 'jwk' }) };
  } catch {
    throw new ConfigurationError(`${name} is not a usable Ed25519 private key.`);
  }
}

/** The public keys that verify `signer`'s statements, from `<SIGNER>_PUBLIC_KEYS` (a JWK set: {"keys": [...]}). */
export function readVerificationKeys(env: Environment, signer: string): VerificationKeys {
  const name = `${signer.toUpperCase()}_PUBLIC_KEYS`;
  const raw = env[name]?.trim();
  if (!raw) throw new ConfigurationError(`${name} is not set: the ${signer} subgraph's Ed25519 public keys as a JWK set ({"keys": [...]}).`);
  const set = parseJson(name, raw) as { keys?: unknown };
  if (!Array.isArray(set?.keys) || set.keys.length === 0) throw new ConfigurationError(`${name} must be a JWK set with at least one key: {"keys": [...]}.`);
  const keys = new Map<string, KeyObject>();
  for (const jwk of set.keys) {
    if (!isEd25519(jwk) || 'd' in jwk) throw new ConfigurationError(`${name} must hold Ed25519 public keys only (kty "OKP", crv "Ed25519", x, kid; no "d").`);
    if (keys.has(jwk.kid)) throw new ConfigurationError(`${name} lists the key id "${jwk.kid}" twice.`);
    try {
      keys.set(jwk.kid, createPublicKey({ key: jwk, format: 'jwk' }));
    } catch {
      throw new ConfigurationError(`${name}: the key "${jwk.kid}" is not a usable Ed25519 public key.`);
    }
  }
  return keys;
}
