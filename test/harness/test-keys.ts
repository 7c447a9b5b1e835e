import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import { SUBGRAPH_NAMES } from '../../gateway/src/subgraph-names.js';
import { keySetJson, readSigningKey, readVerificationKeys, type GeneratedKey } from '../../subgraphs/platform/access/signing-keys.js';
import type { StatementKeys } from '../../subgraphs/platform/access/signed-statement.js';
import type { Environment } from '../../subgraphs/platform/config/environment.js';

/**
 * The test stack's secrets and keys, derived from fixed seeds so a test can sign as any subgraph (to forge, or to
 * stand in for one) without reaching into a running service: each subgraph its own gateway secret and its own
 * Ed25519 key, as deployments have them.
 */

// PKCS#8 wrapping of a raw 32-byte Ed25519 seed (RFC 8410).
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** The Ed25519 key `name` signs with in tests; `generation` gives the keys of a rotation. */
export function testSigningKey(name: string, generation = 1): GeneratedKey {
  const seed = createHash('sha256').update(`test-signing-key:${name}:${generation}`).digest();
  const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const kid = `${name}-test-${generation}`;
  return {
    privateJwk: { ...privateKey.export({ format: 'jwk' }), kid },
    publicJwk: { ...createPublicKey(privateKey).export({ format: 'jwk' }), kid },
  };
}

/** What the gateway presents to `name` (each subgraph has its own). */
export function testGatewaySecret(name: string): string {
  return `test-gateway-secret-${name}-0123456789abcdef`;
}

/** Every subgraph's public key set: every subgraph of the test stack is given all of them. */
export const TEST_PUBLIC_KEY_ENV: Environment = Object.fromEntries(
  SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_PUBLIC_KEYS`, keySetJson([testSigningKey(name).publicJwk])]),
);

/** A subgraph's own part of its environment: its gateway secret and its signing key. */
export function testSubgraphEnvironment(name: string): Environment {
  return { GATEWAY_SECRET: testGatewaySecret(name), SIGNING_KEY: JSON.stringify(testSigningKey(name).privateJwk) };
}

/** The gateway's secrets for every subgraph (`<NAME>_GATEWAY_SECRET`), by subgraph name. */
export const TEST_GATEWAY_SECRETS: Record<string, string> = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, testGatewaySecret(name)]));

/** Signs as `name` does in the test stack (and verifies whatever any test subgraph signs). */
export function testStatementKeys(name: string): StatementKeys {
  return {
    signer: name,
    signingKey: readSigningKey(testSubgraphEnvironment(name)),
    trusted: new Map(SUBGRAPH_NAMES.map((issuer) => [issuer, readVerificationKeys(TEST_PUBLIC_KEY_ENV, issuer)])),
  };
}
