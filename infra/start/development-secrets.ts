import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateSigningKeys } from '../../subgraphs/platform/access/token-issuer.js';
import type { RolePasswords } from '../postgres/database-roles.js';
import { SUBGRAPH_NAMES } from '../../gateway/src/subgraph-names.js';
import { generateSigningKey, keySetJson, type GeneratedKey } from '../../subgraphs/platform/access/signing-keys.js';
import type { SubgraphModule } from '../../subgraphs/platform/federation/subgraph-module.js';

/** Secrets of a local development install, generated on the first start and kept in the data folder. */
export interface DevelopmentSecrets {
  /** The secret each subgraph accepts from the gateway, by subgraph name (all different). */
  gatewaySecrets: Record<string, string>;
  idNumberKey: string;
  webhookSecretKey: string;
  postgresPassword: string;
  privateKeyPem: string;
  publicKeyPem: string;
  /** Passwords of each schema's owner and runtime roles, by schema. */
  databasePasswords: Record<string, RolePasswords>;
  /** Each subgraph's Ed25519 key for what it signs (certificates, attested facts), by subgraph name. */
  signingKeys: Record<string, GeneratedKey>;
}

export const DEVELOPMENT_ISSUER = 'https://id.cogovernance.localhost';
export const DEVELOPMENT_AUDIENCE = 'cogovernance-graph';

/** `passwords` itself when every schema has its passwords, else a copy with the missing ones generated. */
function withDatabasePasswords(passwords: Record<string, RolePasswords>, schemas: readonly string[]): Record<string, RolePasswords> {
  const missing = schemas.filter((schema) => !passwords[schema]);
  if (!missing.length) return passwords;
  const generate = () => randomBytes(24).toString('base64url');
  return { ...passwords, ...Object.fromEntries(missing.map((schema) => [schema, { owner: generate(), runtime: generate() }])) };
}

/** Per-subgraph gateway secrets and signing keys a file lacks, added in place; true when something was added. */
function withSecretsAndKeys(secrets: Partial<DevelopmentSecrets> & { gatewaySecret?: string; eventsRelaySecret?: string }): boolean {
  let changed = false;
  // Older files had a relay secret shared by the subgraphs and notifications; each relay signs with its own key now.
  if (secrets.eventsRelaySecret !== undefined) {
    delete secrets.eventsRelaySecret;
    changed = true;
  }
  // Older files had one gateway secret shared by every subgraph; each has its own now.
  if (secrets.gatewaySecret !== undefined) {
    delete secrets.gatewaySecret;
    changed = true;
  }
  secrets.gatewaySecrets ??= {};
  secrets.signingKeys ??= {};
  // Files from before the events lack the key that encrypts webhook secrets.
  for (const field of ['webhookSecretKey'] as const) {
    if (!secrets[field]) {
      secrets[field] = randomBytes(32).toString('base64url');
      changed = true;
    }
  }
  for (const name of SUBGRAPH_NAMES) {
    if (!secrets.gatewaySecrets[name]) {
      secrets.gatewaySecrets[name] = randomBytes(32).toString('base64url');
      changed = true;
    }
    if (!secrets.signingKeys[name]) {
      secrets.signingKeys[name] = generateSigningKey(name);
      changed = true;
    }
  }
  return changed;
}

/** `schemas`: the database schemas whose roles need passwords (every subgraph's). */
export async function loadOrCreateDevelopmentSecrets(dataDir: string, schemas: readonly string[]): Promise<DevelopmentSecrets> {
  const file = path.join(dataDir, 'development-secrets.json');
  const save = async (secrets: DevelopmentSecrets) => {
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  };
  if (existsSync(file)) {
    // A file from an earlier version gets what it lacks (role passwords, per-subgraph secrets, signing keys); the
    // secrets already in it stay as they are.
    const stored = JSON.parse(await readFile(file, 'utf8')) as DevelopmentSecrets;
    const databasePasswords = withDatabasePasswords(stored.databasePasswords ?? {}, schemas);
    const upgraded = { ...stored, databasePasswords };
    if (withSecretsAndKeys(upgraded) || databasePasswords !== stored.databasePasswords) await save(upgraded);
    return upgraded;
  }
  const secrets = {
    idNumberKey: randomBytes(32).toString('base64url'),
    postgresPassword: randomBytes(16).toString('base64url'),
    ...(await generateSigningKeys()),
    databasePasswords: withDatabasePasswords({}, schemas),
  } as DevelopmentSecrets;
  withSecretsAndKeys(secrets);
  await save(secrets);
  return secrets;
}

/**
 * A subgraph's own secret and keys: the secret it accepts from the gateway, its private key, and the public keys of
 * the subgraphs whose statements it reads.
 */
export function subgraphKeyEnvironment(secrets: DevelopmentSecrets, module: SubgraphModule): NodeJS.ProcessEnv {
  return {
    GATEWAY_SECRET: secrets.gatewaySecrets[module.name],
    SIGNING_KEY: JSON.stringify(secrets.signingKeys[module.name].privateJwk),
    ...Object.fromEntries(module.trusts.map((issuer) => [`${issuer.toUpperCase()}_PUBLIC_KEYS`, keySetJson([secrets.signingKeys[issuer].publicJwk])])),
  };
}

/** The gateway's secrets: `<NAME>_GATEWAY_SECRET` for every subgraph. */
export function gatewaySecretEnvironment(secrets: DevelopmentSecrets): NodeJS.ProcessEnv {
  return Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_GATEWAY_SECRET`, secrets.gatewaySecrets[name]]));
}
