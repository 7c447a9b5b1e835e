import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateSigningKeys } from '../../subgraphs/platform/access/token-issuer.js';
import type { RolePasswords } from '../postgres/database-roles.js';

/** Secrets of a local development install, generated on the first start and kept in the data folder. */
export interface DevelopmentSecrets {
  gatewaySecret: string;
  idNumberKey: string;
  eventsRelaySecret: string;
  webhookSecretKey: string;
  postgresPassword: string;
  privateKeyPem: string;
  publicKeyPem: string;
  /** Passwords of each schema's owner and runtime roles, by schema. */
  databasePasswords: Record<string, RolePasswords>;
}

export const DEVELOPMENT_ISSUER = 'https://id.cogovernance.localhost';
export const DEVELOPMENT_AUDIENCE = 'cogovernance-graph';

/** `schemas`: the database schemas whose roles need passwords (every subgraph's). */
export async function loadOrCreateDevelopmentSecrets(dataDir: string, schemas: readonly string[]): Promise<DevelopmentSecrets> {
  const file = path.join(dataDir, 'development-secrets.json');
  if (existsSync(file)) {
    const stored = JSON.parse(await readFile(file, 'utf8')) as DevelopmentSecrets;
    // A file from before the database roles or the events (or before a subgraph was added) gets the missing
    // passwords and secrets; the secrets already in it stay as they are.
    const databasePasswords = withDatabasePasswords(stored.databasePasswords ?? {}, schemas);
    if (databasePasswords === stored.databasePasswords && stored.eventsRelaySecret && stored.webhookSecretKey) return stored;
    const upgraded = {
      ...stored,
      databasePasswords,
      eventsRelaySecret: stored.eventsRelaySecret ?? randomBytes(32).toString('base64url'),
      webhookSecretKey: stored.webhookSecretKey ?? randomBytes(32).toString('base64url'),
    };
    await writeFile(file, JSON.stringify(upgraded, null, 2), { mode: 0o600 });
    return upgraded;
  }
  const secrets: DevelopmentSecrets = {
    gatewaySecret: randomBytes(32).toString('base64url'),
    idNumberKey: randomBytes(32).toString('base64url'),
    eventsRelaySecret: randomBytes(32).toString('base64url'),
    webhookSecretKey: randomBytes(32).toString('base64url'),
    postgresPassword: randomBytes(16).toString('base64url'),
    ...(await generateSigningKeys()),
    databasePasswords: withDatabasePasswords({}, schemas),
  };
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/** `passwords` itself when every schema has its passwords, else a copy with the missing ones generated. */
function withDatabasePasswords(passwords: Record<string, RolePasswords>, schemas: readonly string[]): Record<string, RolePasswords> {
  const missing = schemas.filter((schema) => !passwords[schema]);
  if (!missing.length) return passwords;
  const generate = () => randomBytes(24).toString('base64url');
  return { ...passwords, ...Object.fromEntries(missing.map((schema) => [schema, { owner: generate(), runtime: generate() }])) };
}
