import { keyOnlyReference, keyOnlyReferences } from './key-only-reference.js';

describe('key-only references', () => {
  it('resolve to the key with the id lower-cased, keeping the other key fields', () => {
    const reference = keyOnlyReference<{ id: string; partyMember?: boolean }>();
    expect(reference.__resolveReference({ id: '3F1C2A4E-8B1D-4C55-9A27-0D9E5B7C1A42', partyMember: true })).toEqual({
      id: '3f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42',
      partyMember: true,
    });
  });

  it('refuse a malformed id with BAD_USER_INPUT before any query', () => {
    const reference = keyOnlyReference();
    let error: unknown;
    try {
      reference.__resolveReference({ id: "1' or '1'='1" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ message: 'id must be an id such as "3f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42".', extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
  });

  it('come by type name for several stubs at once', () => {
    const references = keyOnlyReferences('Neighborhood', 'Person');
    expect(Object.keys(references)).toEqual(['Neighborhood', 'Person']);
    expect(references.Person.__resolveReference({ id: '3f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42' })).toEqual({ id: '3f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42' });
  });
});
