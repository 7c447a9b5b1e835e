/**
 * Configuration enters every service here, read from environment variables and validated once at start-up.
 * Secrets have no defaults: a missing one stops the service with a message naming the variable.
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

export type Environment = Record<string, string | undefined>;

export function requireVariable(env: Environment, name: string, hint: string): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigurationError(`${name} is not set: ${hint}`);
  return value;
}

export function optionalVariable(env: Environment, name: string, fallback: string): string {
  const value = env[name]?.trim();
  return value ? value : fallback;
}

export function portVariable(env: Environment, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigurationError(`${name} must be a port number between 0 and 65535, got "${raw}".`);
  }
  return port;
}

/** A whole number within [min, max], or the fallback when the variable is unset. */
export function integerVariable(env: Environment, name: string, fallback: number, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigurationError(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`);
  }
  return value;
}

/** How callers' tokens are verified: every service checks them itself. */
export interface AuthConfig {
  issuer: string;
  audience: string;
  /** An SPKI PEM public key (ES256). */
  publicKeyPem?: string;
  /** Or a JWKS endpoint of the identity provider. */
  jwksUrl?: string;
}

export function readAuthConfig(env: Environment): AuthConfig {
  const publicKeyPem = env.AUTH_PUBLIC_KEY?.trim() || undefined;
  const jwksUrl = env.AUTH_JWKS_URL?.trim() || undefined;
  if (!publicKeyPem && !jwksUrl) {
    throw new ConfigurationError(
      'AUTH_PUBLIC_KEY (an ES256 public key in PEM) or AUTH_JWKS_URL must be set so callers\' tokens can be verified.',
    );
  }
  return {
    issuer: requireVariable(env, 'AUTH_ISSUER', 'the expected "iss" of callers\' tokens.'),
    audience: requireVariable(env, 'AUTH_AUDIENCE', 'the expected "aud" of callers\' tokens.'),
    publicKeyPem,
    jwksUrl,
  };
}

/** What every subgraph process needs. */
export interface SubgraphConfig {
  port: number;
  databaseUrl: string;
  gatewaySecret: string;
  auth: AuthConfig;
  logLevel: string;
  /** Postgres cancels any statement running longer (STATEMENT_TIMEOUT_MS, default 5000). */
  statementTimeoutMs: number;
}

export function readSubgraphConfig(env: Environment, portVariableName: string, defaultPort: number): SubgraphConfig {
  const gatewaySecret = requireVariable(env, 'GATEWAY_SECRET', "this subgraph's own secret, which the gateway sends it in x-gateway-secret (the gateway's <NAME>_GATEWAY_SECRET).");
  if (gatewaySecret.length < 32) throw new ConfigurationError('GATEWAY_SECRET must be at least 32 characters long.');
  return {
    port: portVariable(env, portVariableName, defaultPort),
    databaseUrl: requireVariable(env, 'DATABASE_URL', 'a PostgreSQL connection URL, e.g. postgres://user:pass@host:5432/db.'),
    gatewaySecret,
    auth: readAuthConfig(env),
    logLevel: optionalVariable(env, 'LOG_LEVEL', 'info'),
    statementTimeoutMs: integerVariable(env, 'STATEMENT_TIMEOUT_MS', 5000),
  };
}
