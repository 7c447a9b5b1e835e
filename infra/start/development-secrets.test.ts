import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gatewaySecretEnvironment, loadOrCreateDevelopmentSecrets, subgraphKeyEnvironment } from './development-secrets.js';
import { readSigningKey, readVerificationKeys } from '../../subgraphs/platform/access/signing-keys.js';
import { hostSubgraphModules } from '../../test/harness/graph-stack.js';

/** Every subgraph's module, as the worker's host loaded them (the suite's sandbox does not load them all). */
const SUBGRAPHS = await hostSubgraphModules();

const party = SUBGRAPHS.find((module) => module.name === 'party')!;
const notifications = SUBGRAPHS.find((module) => module.name === 'notifications')!;
const NAMES = ['cobuilding', 'notifications', 'owners', 'party', 'property', 'registry'];

describe('development secrets', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'secrets-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('give every subgraph its own gateway secret and signing key, and each only the public keys it reads', async () => {
    const secrets = await loadOrCreateDevelopmentSecrets(dataDir, ['party']);
    const gateway = gatewaySecretEnvironment(secrets);
    expect(Object.keys(gateway).sort()).toEqual(['COBUILDING_GATEWAY_SECRET', 'NOTIFICATIONS_GATEWAY_SECRET', 'OWNERS_GATEWAY_SECRET', 'PARTY_GATEWAY_SECRET', 'PROPERTY_GATEWAY_SECRET', 'REGISTRY_GATEWAY_SECRET']);
    expect(new Set(Object.values(gateway)).size).toBe(6);
    const env = subgraphKeyEnvironment(secrets, party);
    expect(Object.keys(env).sort()).toEqual(['COBUILDING_PUBLIC_KEYS', 'GATEWAY_SECRET', 'OWNERS_PUBLIC_KEYS', 'PROPERTY_PUBLIC_KEYS', 'REGISTRY_PUBLIC_KEYS', 'SIGNING_KEY']);
    expect(env.GATEWAY_SECRET).toBe(gateway.PARTY_GATEWAY_SECRET);
    expect(readSigningKey(env).kid).toMatch(/^party-[0-9a-f]{12}$/);
    expect([...readVerificationKeys(env, 'registry').keys()]).toEqual([secrets.signingKeys.registry.publicJwk.kid]);
    // Notifications reads each relaying subgraph's batches with its public keys (and place certificates with the registry's); it signs none of theirs.
    expect(Object.keys(subgraphKeyEnvironment(secrets, notifications)).sort()).toEqual([
      'COBUILDING_PUBLIC_KEYS', 'GATEWAY_SECRET', 'OWNERS_PUBLIC_KEYS', 'PARTY_PUBLIC_KEYS', 'PROPERTY_PUBLIC_KEYS', 'REGISTRY_PUBLIC_KEYS', 'SIGNING_KEY',
    ]);
  });

  it('upgrade a file written before the database roles, the signing keys, per-subgraph secrets and the events, keeping every other secret in it', async () => {
    const older = { gatewaySecret: 'g'.repeat(43), eventsRelaySecret: 'e'.repeat(43), idNumberKey: 'i'.repeat(43), postgresPassword: 'p'.repeat(22), privateKeyPem: 'private', publicKeyPem: 'public' };
    const file = path.join(dataDir, 'development-secrets.json');
    await writeFile(file, JSON.stringify(older));
    const secrets = await loadOrCreateDevelopmentSecrets(dataDir, ['registry', 'owners']);
    const { gatewaySecret, eventsRelaySecret, ...kept } = older;
    expect(secrets).toEqual({
      ...kept,
      databasePasswords: {
        registry: { owner: expect.stringMatching(/^[\w-]{32}$/), runtime: expect.stringMatching(/^[\w-]{32}$/) },
        owners: { owner: expect.stringMatching(/^[\w-]{32}$/), runtime: expect.stringMatching(/^[\w-]{32}$/) },
      },
      // The key sealing subscribers' webhook secrets is added; the relays' shared secret is gone (each signs with its own key).
      webhookSecretKey: expect.stringMatching(/^[\w-]{43}$/),
      // The one secret every subgraph shared is replaced by one per subgraph.
      gatewaySecrets: Object.fromEntries(NAMES.map((name) => [name, expect.stringMatching(/^[\w-]{43}$/)])),
      signingKeys: Object.fromEntries(NAMES.map((name) => [name, { privateJwk: expect.objectContaining({ crv: 'Ed25519' }), publicJwk: expect.objectContaining({ crv: 'Ed25519' }) }])),
    });
    expect(Object.values(secrets.gatewaySecrets)).not.toContain(gatewaySecret);
    expect(JSON.stringify(secrets)).not.toContain(eventsRelaySecret);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(secrets);
    expect(await loadOrCreateDevelopmentSecrets(dataDir, ['registry', 'owners'])).toEqual(secrets);
  });
});
