import { createRemoteJWKSet, importSPKI, jwtVerify, errors, type JWTVerifyGetKey, type CryptoKey } from 'jose';
import type { AuthConfig } from '../config/environment.js';
import { unauthenticated } from '../errors/error-codes.js';
import type { Caller } from './caller.js';
import { callerFromClaims } from './token-claims.js';

export const TOKEN_ALGORITHM = 'ES256';

export type TokenVerifier = (authorizationHeader: string | undefined) => Promise<Caller>;

/**
 * Verifies a caller's bearer token (signature, issuer, audience, expiry) and reads its claims.
 * Every failure is UNAUTHENTICATED with a reason the caller can act on; the token itself is never echoed.
 */
export async function createTokenVerifier(config: AuthConfig): Promise<TokenVerifier> {
  const key: CryptoKey | JWTVerifyGetKey = config.jwksUrl
    ? createRemoteJWKSet(new URL(config.jwksUrl))
    : await importSPKI(config.publicKeyPem!, TOKEN_ALGORITHM);

  return async (authorizationHeader) => {
    if (!authorizationHeader) throw unauthenticated('Sign in first: send "Authorization: Bearer <token>".');
    const match = /^Bearer\s+(\S+)$/i.exec(authorizationHeader.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    try {
      const { payload } = await jwtVerify(match[1], key as CryptoKey, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: [TOKEN_ALGORITHM],
        requiredClaims: ['sub', 'exp'],
      });
      return callerFromClaims(payload as Record<string, unknown>);
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw unauthenticated('Your token has expired: sign in again.');
      if (error instanceof errors.JWTClaimValidationFailed) {
        throw unauthenticated(`Your token was not issued for this service (${error.claim} check failed): sign in again.`);
      }
      if (error instanceof errors.JOSEError) throw unauthenticated('Your token could not be verified: sign in again.');
      throw unauthenticated(`Your token is not usable: ${(error as Error).message}.`);
    }
  };
}
