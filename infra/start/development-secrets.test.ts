import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadOrCreateDevelopmentSecrets } from './development-secrets.js';

describe('development secrets', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'secrets-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('adds the database roles\' passwords to a file written before them, keeping every secret already in it', async () => {
    const older = { gatewaySecret: 'g'.repeat(43), idNumberKey: 'i'.repeat(43), postgresPassword: 'p'.repeat(22), privateKeyPem: 'private', publicKeyPem: 'public' };
    const file = path.join(dataDir, 'development-secrets.json');
    await writeFile(file, JSON.stringify(older));
    const secrets = await loadOrCreateDevelopmentSecrets(dataDir, ['registry', 'owners']);
    expect(secrets).toEqual({
      ...older,
      databasePasswords: {
        registry: { owner: expect.stringMatching(/^[\w-]{32}$/), runtime: expect.stringMatching(/^[\w-]{32}$/) },
        owners: { owner: expect.stringMatching(/^[\w-]{32}$/), runtime: expect.stringMatching(/^[\w-]{32}$/) },
      },
    });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(secrets);
    expect(await loadOrCreateDevelopmentSecrets(dataDir, ['registry', 'owners'])).toEqual(secrets);
  });
});
