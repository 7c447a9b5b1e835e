import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gatewaySecretEnvironment, loadOrCreateDevelopmentSecrets, subgraphKeyEnvironment } from './development-secrets.js';
import { SUBGRAPHS } from '../../subgraphs/catalog.js';
import { readSigningKey, readVerificationKeys } from '../../subgraphs/platform/access/signing-keys.js';

const party = SUBGRAPHS.find((module) => module.name === 'party')!;

describe('development secrets', () => {
  it('give every subgraph its own gateway secret and signing key, and each only the public keys it reads', async () => {
    const secrets = await loadOrCreateDevelopmentSecrets(await mkdtemp(path.join(os.tmpdir(), 'secrets-')));
    const gateway = gatewaySecretEnvironment(secrets);
    expect(Object.keys(gateway).sort()).toEqual(['COBUILDING_GATEWAY_SECRET', 'OWNERS_GATEWAY_SECRET', 'PARTY_GATEWAY_SECRET', 'PROPERTY_GATEWAY_SECRET', 'REGISTRY_GATEWAY_SECRET']);
    expect(new Set(Object.values(gateway)).size).toBe(5);
    const env = subgraphKeyEnvironment(secrets, party);
    expect(Object.keys(env).sort()).toEqual(['COBUILDING_PUBLIC_KEYS', 'GATEWAY_SECRET', 'OWNERS_PUBLIC_KEYS', 'PROPERTY_PUBLIC_KEYS', 'REGISTRY_PUBLIC_KEYS', 'SIGNING_KEY']);
    expect(env.GATEWAY_SECRET).toBe(gateway.PARTY_GATEWAY_SECRET);
    expect(readSigningKey(env).kid).toMatch(/^party-[0-9a-f]{12}$/);
    expect([...readVerificationKeys(env, 'registry').keys()]).toEqual([secrets.signingKeys.registry.publicJwk.kid]);
  });

  it('upgrade a file written before keys and per-subgraph secrets, keeping what it has', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'secrets-'));
    const old = { gatewaySecret: 's'.repeat(43), idNumberKey: 'k'.repeat(43), postgresPassword: 'p'.repeat(22), privateKeyPem: 'PRIVATE', publicKeyPem: 'PUBLIC' };
    await writeFile(path.join(dataDir, 'development-secrets.json'), JSON.stringify(old));
    const secrets = await loadOrCreateDevelopmentSecrets(dataDir);
    expect(secrets).toMatchObject({ idNumberKey: old.idNumberKey, postgresPassword: old.postgresPassword, privateKeyPem: 'PRIVATE', publicKeyPem: 'PUBLIC' });
    expect(Object.keys(secrets.signingKeys).sort()).toEqual(['cobuilding', 'owners', 'party', 'property', 'registry']);
    expect(Object.values(secrets.gatewaySecrets)).not.toContain(old.gatewaySecret);
    expect(secrets).not.toHaveProperty('gatewaySecret');
    // Written back, and stable from then on.
    expect(JSON.parse(await readFile(path.join(dataDir, 'development-secrets.json'), 'utf8'))).toEqual(secrets);
    expect(await loadOrCreateDevelopmentSecrets(dataDir)).toEqual(secrets);
  });
});
