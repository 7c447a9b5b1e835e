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

describe('contract-derived grants age', () => {
  const companyToken = () =>
    issuer.issue('company', { role: Role.PROPERTY_COMPANY, org: '00000000-0000-4000-8000-000000000002', grant: { neighborhoodIds: ['00000000-0000-4000-8000-000000000003'] } }, { expiresIn: '12h' });

  it('refuses a property company token older than the bound, remembered or not, while a district token of the same age passes', async () => {
    let clock = Date.now();
    const verify = await createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, publicKeyPem, maxGrantAgeSeconds: 60 }, { now: () => clock });
    const [company, district] = [await companyToken(), await districtToken('district', '12h')];
    await verify(`Bearer ${company}`);
    clock += 61_000;
    await expect(verify(`Bearer ${company}`)).rejects.toThrow("Your token's place grant is older than 60 s (it follows your contracts): get a fresh token.");
    const fresh = await createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, publicKeyPem, maxGrantAgeSeconds: 60 }, { now: () => clock });
    await expect(fresh(`Bearer ${company}`)).rejects.toThrow('older than 60 s');
    expect(await fresh(`Bearer ${district}`)).toEqual(expect.objectContaining({ role: Role.DISTRICT }));
  });

  it('never lengthens the bound beyond five minutes', async () => {
    let clock = Date.now();
    const verify = await createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, publicKeyPem, maxGrantAgeSeconds: 3600 }, { now: () => clock });
    const company = await companyToken();
    clock += 301_000;
    await expect(verify(`Bearer ${company}`)).rejects.toThrow('older than 300 s');
  });
});

describe('role claims', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('refuses a validly signed token with role %s', async (role) => {
    const verify = await createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, publicKeyPem });
    const token = await issuer.issue('odd', { role: role as Role });
    await expect(verify(`Bearer ${token}`)).rejects.toThrow('Your token is not usable: claim role is missing or unknown.');
  });
});
