import { decodeJwt } from 'jose';
import { Role } from './role.js';
import { createTokenIssuer, generateSigningKeys, lifetimeSeconds } from './token-issuer.js';

const CLAIMS = { role: Role.DISTRICT, grant: { districtIds: ['00000000-0000-4000-8000-000000000001'] } };

describe('a token lifetime', () => {
  it('reads whole seconds and whole numbers of s, m, h or d', () => {
    expect([3600, -60, '90s', '10m', '12h', ' 30d '].map(lifetimeSeconds)).toEqual([3600, -60, 90, 600, 43_200, 2_592_000]);
  });

  it('refuses anything else, naming the forms it takes', () => {
    for (const bad of ['0s', '1.5h', '12 hours', 'h', '', 1.5]) {
      expect(() => lifetimeSeconds(bad)).toThrow(`Not a token lifetime: ${String(bad)} (use seconds, or e.g. 90s, 10m, 12h, 30d).`);
    }
  });
});

describe('the token issuer', () => {
  it('takes the issue time from its clock and counts the lifetime from it', async () => {
    const { privateKeyPem } = await generateSigningKeys();
    const at = Date.parse('2027-03-01T08:00:00Z');
    const issuer = await createTokenIssuer(privateKeyPem, 'https://id.test.localhost', 'issuer-test', { now: () => at });
    const claims = decodeJwt(await issuer.issue('someone', CLAIMS, { expiresIn: '10m' }));
    expect({ iat: claims.iat, exp: claims.exp, sub: claims.sub, role: claims.role }).toEqual({ iat: at / 1000, exp: at / 1000 + 600, sub: 'someone', role: Role.DISTRICT });
    expect(decodeJwt(await issuer.issue('someone', CLAIMS)).exp).toBe(at / 1000 + 12 * 3600);
  });
});
