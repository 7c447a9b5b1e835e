import { Role } from './role.js';
import { createTokenIssuer, generateSigningKeys, type TokenIssuer } from './token-issuer.js';
import { createTokenVerifier } from './token-verifier.js';

const ISSUER = 'https://id.test.localhost';
const AUDIENCE = 'token-verifier-test';

let issuer: TokenIssuer;
let publicKeyPem: string;
beforeAll(async () => {
  const keys = await generateSigningKeys();
  publicKeyPem = keys.publicKeyPem;
  issuer = await createTokenIssuer(keys.privateKeyPem, ISSUER, AUDIENCE);
});

const districtToken = (subject: string, expiresIn: string | number = '1h') =>
  issuer.issue(subject, { role: Role.DISTRICT, grant: { districtIds: ['00000000-0000-4000-8000-000000000001'] } }, { expiresIn });

describe('the cache of verified tokens', () => {
  it('verifies a token once and answers later requests with the same caller', async () => {
    const verify = await createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, publicKeyPem });
    const token = await districtToken('someone');
    const first = await verify(`Bearer ${token}`);
    expect(first).toEqual(expect.objectContaining({ subject: 'someone', role: Role.DISTRICT }));
    expect(await verify(`Bearer ${token}`)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('refuses a remembered token once it has expired', async () => {
    let clock = Date.now();
    const verify = await createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, publicKeyPem }, { now: () => clock });
    const token = await districtToken('someone', '10m');
    await verify(`Bearer ${token}`);
    clock += 11 * 60_000;
    await expect(verify(`Bearer ${token}`)).rejects.toThrow('Your token has expired: sign in again.');
  });

  it('forgets the least recently used token when full', async () => {
    const verify = await createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, publicKeyPem }, { cacheSize: 2 });
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((subject) => districtToken(subject)));
    const callerA = await verify(`Bearer ${a}`);
    const callerB = await verify(`Bearer ${b}`);
    expect(await verify(`Bearer ${a}`)).toBe(callerA); // a is now the most recently used
    await verify(`Bearer ${c}`); // evicts b
    expect(await verify(`Bearer ${a}`)).toBe(callerA);
    const again = await verify(`Bearer ${b}`);
    expect(again).not.toBe(callerB);
    expect(again).toEqual(callerB);
  });

  it('remembers nothing with a size of 0, and never remembers a refused token', async () => {
    const verify = await createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, publicKeyPem }, { cacheSize: 0 });
    const token = await districtToken('someone');
    expect(await verify(`Bearer ${token}`)).not.toBe(await verify(`Bearer ${token}`));

    const remembering = await createTokenVerifier({ issuer: ISSUER, audience: 'another-service', publicKeyPem });
    for (let attempt = 0; attempt < 2; attempt++) {
      await expect(remembering(`Bearer ${token}`)).rejects.toThrow('Your token was not issued for this service (aud check failed): sign in again.');
    }
  });
});
