import { createRemoteJWKSet, importSPKI, jwtVerify, errors, type JWTVerifyGetKey, type CryptoKey } from 'jose';
import type { AuthConfig } from '../config/environment.js';
import { GraphQLError } from 'graphql';
import { unauthenticated } from '../errors/error-codes.js';
import type { Caller } from './caller.js';
import { callerFromClaims } from './token-claims.js';
import { MAX_GRANT_AGE_SECONDS, usableUntil } from './grant-age.js';

export const TOKEN_ALGORITHM = 'ES256';

export type TokenVerifier = (authorizationHeader: string | undefined) => Promise<Caller>;

export interface TokenVerifierOptions {
  /** How many verified tokens to remember (default 1,000); 0 verifies every time. */
  cacheSize?: number;
  /** The clock, in ms since the epoch (tests move it). */
  now?: () => number;
}

/**
 * Verifies a caller's bearer token (signature, issuer, audience, expiry) and reads its claims.
 * Every failure is UNAUTHENTICATED with a reason the caller can act on; the token itself is never echoed.
 *
 * A client sends the same token with every request, and the gateway and each subgraph verify it: the signature
 * check (ES256) is the costly part. Tokens that passed are remembered by their exact text until they expire, in a
 * small cache that drops the least recently used first. Only successes are remembered: a bad token is checked, and
 * refused, every time.
 */
export async function createTokenVerifier(config: AuthConfig, options: TokenVerifierOptions = {}): Promise<TokenVerifier> {
  const key: CryptoKey | JWTVerifyGetKey = config.jwksUrl
    ? createRemoteJWKSet(new URL(config.jwksUrl))
    : await importSPKI(config.publicKeyPem!, TOKEN_ALGORITHM);
  const cacheSize = options.cacheSize ?? 1000;
  const now = options.now ?? Date.now;
  const maxGrantAge = Math.min(config.maxGrantAgeSeconds ?? MAX_GRANT_AGE_SECONDS, MAX_GRANT_AGE_SECONDS);
  const verified = new Map<string, { caller: Caller; expiresAt: number }>();
  const staleGrant = () => unauthenticated(`Your token's place grant is older than ${maxGrantAge} s (it follows your contracts): get a fresh token.`);

  async function verify(token: string): Promise<Caller> {
    try {
      const { payload } = await jwtVerify(token, key as CryptoKey, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: [TOKEN_ALGORITHM],
        requiredClaims: ['sub', 'exp'],
        currentDate: new Date(now()),
      });
      const caller = Object.freeze(callerFromClaims(payload as Record<string, unknown>));
      const expiresAt = usableUntil(caller, payload.iat, payload.exp!, maxGrantAge);
      if (expiresAt <= now()) throw staleGrant();
      if (cacheSize > 0) {
        if (verified.size >= cacheSize) verified.delete(verified.keys().next().value!);
        verified.set(token, { caller, expiresAt });
      }
      return caller;
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      if (error instanceof errors.JWTExpired) throw unauthenticated('Your token has expired: sign in again.');
      if (error instanceof errors.JWTClaimValidationFailed) {
        throw unauthenticated(`Your token was not issued for this service (${error.claim} check failed): sign in again.`);
      }
      if (error instanceof errors.JOSEError) throw unauthenticated('Your token could not be verified: sign in again.');
      throw unauthenticated(`Your token is not usable: ${(error as Error).message}.`);
    }
  }

  return async (authorizationHeader) => {
    if (!authorizationHeader) throw unauthenticated('Sign in first: send "Authorization: Bearer <token>".');
    const match = /^Bearer\s+(\S+)$/i.exec(authorizationHeader.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    const token = match[1];
    const remembered = verified.get(token);
    if (remembered) {
      verified.delete(token);
      if (remembered.expiresAt > now()) {
        verified.set(token, remembered); // most recently used goes last
        return remembered.caller;
      }
    }
    return verify(token);
  };
}
