import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateSigningKeys } from '../../subgraphs/platform/access/token-issuer.js';

/** Secrets of a local development install, generated on the first start and kept in the data folder. */
export interface DevelopmentSecrets {
  gatewaySecret: string;
  idNumberKey: string;
  eventsRelaySecret: string;
  webhookSecretKey: string;
  postgresPassword: string;
  privateKeyPem: string;
  publicKeyPem: string;
}

export const DEVELOPMENT_ISSUER = 'https://id.cogovernance.localhost';
export const DEVELOPMENT_AUDIENCE = 'cogovernance-graph';

export async function loadOrCreateDevelopmentSecrets(dataDir: string): Promise<DevelopmentSecrets> {
  const file = path.join(dataDir, 'development-secrets.json');
  if (existsSync(file)) {
    const stored = JSON.parse(await readFile(file, 'utf8')) as Partial<DevelopmentSecrets>;
    // Installs made before events existed lack their secrets: add them once.
    if (stored.eventsRelaySecret && stored.webhookSecretKey) return stored as DevelopmentSecrets;
    const completed = { ...stored, eventsRelaySecret: randomBytes(32).toString('base64url'), webhookSecretKey: randomBytes(32).toString('base64url') } as DevelopmentSecrets;
    await writeFile(file, JSON.stringify(completed, null, 2), { mode: 0o600 });
    return completed;
  }
  const secrets: DevelopmentSecrets = {
    gatewaySecret: randomBytes(32).toString('base64url'),
    idNumberKey: randomBytes(32).toString('base64url'),
    eventsRelaySecret: randomBytes(32).toString('base64url'),
    webhookSecretKey: randomBytes(32).toString('base64url'),
    postgresPassword: randomBytes(16).toString('base64url'),
    ...(await generateSigningKeys()),
  };
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
