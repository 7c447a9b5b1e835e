import { SignJWT, importPKCS8, exportPKCS8, exportSPKI, generateKeyPair } from 'jose';
import { randomUUID } from 'node:crypto';
import { TOKEN_ALGORITHM } from './token-verifier.js';
import type { CallerClaims } from './token-claims.js';

/**
 * Signs callers' tokens. In production an identity service does this; here it serves the demo tokens that
 * `npm start` prints and the tokens tests present.
 */
export interface TokenIssuer {
  /**
   * `expiresIn` is the lifetime after issue: whole seconds (negative for a token already expired, as tests need), or
   * a whole number of s, m, h or d (`'12h'`, the default).
   */
  issue(subject: string, claims: CallerClaims, options?: { expiresIn?: string | number; audience?: string }): Promise<string>;
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** A token's lifetime in seconds: `3600`, `-60`, `'90s'`, `'10m'`, `'12h'`, `'30d'`. */
export function lifetimeSeconds(expiresIn: string | number): number {
  if (typeof expiresIn === 'number' && Number.isInteger(expiresIn)) return expiresIn;
  const match = typeof expiresIn === 'string' ? /^(\d{1,9})\s*([smhd])$/.exec(expiresIn.trim()) : null;
  if (!match || Number(match[1]) === 0) throw new Error(`Not a token lifetime: ${String(expiresIn)} (use seconds, or e.g. 90s, 10m, 12h, 30d).`);
  return Number(match[1]) * UNIT_SECONDS[match[2]];
}

export interface TokenIssuerOptions {
  /** The clock tokens are issued by, in ms since the epoch (a test harness moves it with its services' token clock). */
  now?: () => number;
}

export async function createTokenIssuer(privateKeyPem: string, issuer: string, audience: string, options: TokenIssuerOptions = {}): Promise<TokenIssuer> {
  const key = await importPKCS8(privateKeyPem, TOKEN_ALGORITHM);
  const now = options.now ?? Date.now;
  return {
    async issue(subject, claims, options = {}) {
      // Both times from the issuer's clock (jose would add a lifetime to the real time).
      const issuedAt = Math.floor(now() / 1000);
      return new SignJWT({ ...claims })
        .setProtectedHeader({ alg: TOKEN_ALGORITHM })
        .setSubject(subject)
        .setIssuer(issuer)
        .setAudience(options.audience ?? audience)
        .setIssuedAt(issuedAt)
        .setJti(randomUUID())
        .setExpirationTime(issuedAt + lifetimeSeconds(options.expiresIn ?? '12h'))
        .sign(key);
    },
  };
}

/** A fresh ES256 key pair in PEM, for development and tests. */
export async function generateSigningKeys(): Promise<{ privateKeyPem: string; publicKeyPem: string }> {
  const { privateKey, publicKey } = await generateKeyPair(TOKEN_ALGORITHM, { extractable: true });
  return { privateKeyPem: await exportPKCS8(privateKey), publicKeyPem: await exportSPKI(publicKey) };
}
