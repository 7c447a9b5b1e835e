import { generateSigningKey, keySetJson, readSigningKey, readVerificationKeys } from './signing-keys.js';

describe('signing key configuration', () => {
  const key = generateSigningKey('registry');

  it('reads a private JWK and a public key set', () => {
    expect(readSigningKey({ SIGNING_KEY: JSON.stringify(key.privateJwk) }).kid).toBe(key.privateJwk.kid);
    expect([...readVerificationKeys({ REGISTRY_PUBLIC_KEYS: keySetJson([key.publicJwk]) }, 'registry').keys()]).toEqual([key.publicJwk.kid]);
  });

  it('refuses missing, malformed and misplaced keys with a message naming the variable', () => {
    expect(() => readSigningKey({})).toThrow(/^SIGNING_KEY is not set/);
    expect(() => readSigningKey({ SIGNING_KEY: JSON.stringify(key.publicJwk) })).toThrow('SIGNING_KEY must be an Ed25519 private key as a JWK (kty "OKP", crv "Ed25519", d, x, kid).');
    expect(() => readSigningKey({ SIGNING_KEY: 'not json' })).toThrow('SIGNING_KEY is not valid JSON.');
    expect(() => readVerificationKeys({}, 'party')).toThrow(/^PARTY_PUBLIC_KEYS is not set/);
    expect(() => readVerificationKeys({ PARTY_PUBLIC_KEYS: keySetJson([]) }, 'party')).toThrow('PARTY_PUBLIC_KEYS must be a JWK set with at least one key: {"keys": [...]}.');
    // A private key does not belong in a public key set.
    expect(() => readVerificationKeys({ PARTY_PUBLIC_KEYS: keySetJson([key.privateJwk]) }, 'party')).toThrow(/must hold Ed25519 public keys only/);
    expect(() => readVerificationKeys({ PARTY_PUBLIC_KEYS: keySetJson([key.publicJwk, key.publicJwk]) }, 'party')).toThrow(`PARTY_PUBLIC_KEYS lists the key id "${key.publicJwk.kid}" twice.`);
  });
});
