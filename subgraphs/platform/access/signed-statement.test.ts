import { createHmac } from 'node:crypto';
import { issueStatement, readStatement, type StatementKeys, type StatementKind } from './signed-statement.js';
import { readSigningKey, readVerificationKeys, keySetJson } from './signing-keys.js';
import { testGatewaySecret, testSigningKey } from '../../../test/harness/test-keys.js';

const KIND: StatementKind = { purpose: 'example/v1', issuer: 'party', lifetimeMs: 60_000 };
const signer = (generation: number): StatementKeys => ({
  signer: 'party',
  signingKey: readSigningKey({ SIGNING_KEY: JSON.stringify(testSigningKey('party', generation).privateJwk) }),
  trusted: new Map(),
});
const verifier = (...generations: number[]): StatementKeys => ({
  ...signer(1),
  signer: 'owners',
  trusted: new Map([['party', readVerificationKeys({ PARTY_PUBLIC_KEYS: keySetJson(generations.map((generation) => testSigningKey('party', generation).publicJwk)) }, 'party')]]),
});
const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('signed statements', () => {
  it('name their key and kind in a JWS header (EdDSA)', () => {
    const [header] = issueStatement(KIND, { a: 1 }, signer(1), 5).split('.');
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({ alg: 'EdDSA', kid: 'party-test-1', typ: 'example/v1' });
  });

  it('verify with either key during a rotation, and stop verifying a retired key once it is removed', () => {
    const old = issueStatement(KIND, { a: 1 }, signer(1), 1_000);
    const fresh = issueStatement(KIND, { a: 2 }, signer(2), 1_000);
    expect(readStatement(KIND, old, verifier(1, 2), 1_000)).toEqual({ a: 1, issuedAt: 1_000 });
    expect(readStatement(KIND, fresh, verifier(1, 2), 1_000)).toEqual({ a: 2, issuedAt: 1_000 });
    expect(readStatement(KIND, old, verifier(2), 1_000)).toBeNull();
    expect(readStatement(KIND, fresh, verifier(2), 1_000)).toEqual({ a: 2, issuedAt: 1_000 });
  });

  it('refuse HMACs under a gateway secret, unsigned statements, other kinds and expired ones', () => {
    const body = encode({ a: 1, issuedAt: 1_000 });
    const hs256Header = encode({ alg: 'HS256', kid: 'party-test-1', typ: 'example/v1' });
    const hmac = createHmac('sha256', testGatewaySecret('party')).update(`${hs256Header}.${body}`).digest('base64url');
    expect(readStatement(KIND, `${hs256Header}.${body}.${hmac}`, verifier(1), 1_000)).toBeNull();
    expect(readStatement(KIND, `${encode({ alg: 'none', kid: 'party-test-1', typ: 'example/v1' })}.${body}.`, verifier(1), 1_000)).toBeNull();
    const statement = issueStatement(KIND, { a: 1 }, signer(1), 1_000);
    expect(readStatement({ ...KIND, purpose: 'other/v1' }, statement, verifier(1), 1_000)).toBeNull();
    expect(readStatement(KIND, statement, verifier(1), 1_000 + 60_001)).toBeNull();
    expect(readStatement(KIND, statement, verifier(1), 1_000 - 60_001)).toBeNull();
  });
});
