import { chainHash, GENESIS_HASH, verifyChain, type AuditEntry } from './audit-chain.js';

const entry = (purpose: string): AuditEntry => ({
  occurredAt: new Date('2026-11-23T10:00:00Z'),
  readerSubject: 'worker-1',
  readerRole: 'COMMUNITY',
  readerOrganizationId: null,
  requestId: 'r1',
  personId: '3f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42',
  fields: 'name,phone',
  purpose,
});

function chain(purposes: string[]) {
  let previous = GENESIS_HASH;
  return purposes.map((purpose, index) => {
    const hash = chainHash(previous, entry(purpose));
    const row = { ...entry(purpose), id: index + 1, previousHash: previous, hash };
    previous = hash;
    return row;
  });
}

describe('the audit hash chain', () => {
  it('verifies an untouched chain', () => {
    expect(verifyChain(chain(['a', 'b', 'c']))).toEqual({ rows: 3, firstBrokenId: null });
  });

  it('finds an edited row', () => {
    const rows = chain(['a', 'b', 'c']);
    rows[1].purpose = 'something else';
    expect(verifyChain(rows)).toEqual({ rows: 3, firstBrokenId: 2 });
  });

  it('finds a removed row', () => {
    const rows = chain(['a', 'b', 'c']);
    rows.splice(1, 1);
    expect(verifyChain(rows)).toEqual({ rows: 2, firstBrokenId: 3 });
  });
});
