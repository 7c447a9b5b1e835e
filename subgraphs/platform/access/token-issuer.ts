import { SignJWT, importPKCS8, exportPKCS8, exportSPKI, generateKeyPair } from 'jose';
import { randomUUID } from 'node:crypto';
import { TOKEN_ALGORITHM } from './token-verifier.js';
import type { CallerClaims } from './token-claims.js';

/**
 * Signs callers' tokens. In production an identity service does this; here it serves the demo tokens that
 * `npm start` prints and the tokens tests present.
 */
export interface TokenIssuer {
  issue(subject: string, claims: CallerClaims, options?: { expiresIn?: string | number; audience?: string }): Promise<string>;
}

export async function createTokenIssuer(privateKeyPem: string, issuer: string, audience: string): Promise<TokenIssuer> {
  const key = await importPKCS8(privateKeyPem, TOKEN_ALGORITHM);
  return {
    async issue(subject, claims, options = {}) {
      return new SignJWT({ ...claims })
        .setProtectedHeader({ alg: TOKEN_ALGORITHM })
        .setSubject(subject)
        .setIssuer(issuer)
        .setAudience(options.audience ?? audience)
        .setIssuedAt()
        .setJti(randomUUID())
        .setExpirationTime(options.expiresIn ?? '12h')
        .sign(key);
    },
  };
}

/** A fresh ES256 key pair in PEM, for development and tests. */
export async function generateSigningKeys(): Promise<{ privateKeyPem: string; publicKeyPem: string }> {
  const { privateKey, publicKey } = await generateKeyPair(TOKEN_ALGORITHM, { extractable: true });
  return { privateKeyPem: await exportPKCS8(privateKey), publicKeyPem: await exportSPKI(publicKey) };
}
