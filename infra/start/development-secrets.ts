import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateSigningKeys } from '../../subgraphs/platform/access/token-issuer.js';
import { SUBGRAPH_NAMES } from '../../gateway/src/subgraph-names.js';
import { generateSigningKey, keySetJson, type GeneratedKey } from '../../subgraphs/platform/access/signing-keys.js';
import type { SubgraphModule } from '../../subgraphs/platform/federation/subgraph-module.js';

/** Secrets of a local development install, generated on the first start and kept in the data folder. */
export interface DevelopmentSecrets {
  /** The secret each subgraph accepts from the gateway, by subgraph name (all different). */
  gatewaySecrets: Record<string, string>;
  idNumberKey: string;
  postgresPassword: string;
  privateKeyPem: string;
  publicKeyPem: string;
  /** Each subgraph's Ed25519 key for what it signs (certificates, attested facts), by subgraph name. */
  signingKeys: Record<string, GeneratedKey>;
}

export const DEVELOPMENT_ISSUER = 'https://id.cogovernance.localhost';
export const DEVELOPMENT_AUDIENCE = 'cogovernance-graph';

/** Adds what a file written by an older version lacks, keeping everything it has; true when something was added. */
function upgrade(secrets: Partial<DevelopmentSecrets> & { gatewaySecret?: string }): boolean {
  let changed = false;
  // Older files had one secret shared by every subgraph; each has its own now.
  if (secrets.gatewaySecret !== undefined) {
    delete secrets.gatewaySecret;
    changed = true;
  }
  secrets.gatewaySecrets ??= {};
  for (const name of SUBGRAPH_NAMES) {
    if (secrets.gatewaySecrets[name]) continue;
    secrets.gatewaySecrets[name] = randomBytes(32).toString('base64url');
    changed = true;
  }
  secrets.signingKeys ??= {};
  for (const name of SUBGRAPH_NAMES) {
    if (secrets.signingKeys[name]) continue;
    secrets.signingKeys[name] = generateSigningKey(name);
    changed = true;
  }
  return changed;
}

export async function loadOrCreateDevelopmentSecrets(dataDir: string): Promise<DevelopmentSecrets> {
  const file = path.join(dataDir, 'development-secrets.json');
  const save = async (secrets: DevelopmentSecrets) => {
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  };
  if (existsSync(file)) {
    const stored = JSON.parse(await readFile(file, 'utf8')) as Partial<DevelopmentSecrets>;
    if (upgrade(stored)) await save(stored as DevelopmentSecrets);
    return stored as DevelopmentSecrets;
  }
  const secrets = {
    idNumberKey: randomBytes(32).toString('base64url'),
    postgresPassword: randomBytes(16).toString('base64url'),
    ...(await generateSigningKeys()),
  } as DevelopmentSecrets;
  upgrade(secrets);
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
