import { checkPairedHouseholds } from './report-in-pairing.js';

const units = (count: number) => Array.from({ length: count }, (_, index) => `u${index}`);

describe('checkPairedHouseholds (10–15 households)', () => {
  it('accepts 10 and 15', () => {
    expect(() => checkPairedHouseholds(units(10))).not.toThrow();
    expect(() => checkPairedHouseholds(units(15))).not.toThrow();
  });
  it('refuses 9, 16 and duplicates', () => {
    expect(() => checkPairedHouseholds(units(9))).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'pairedUnitIds', count: 9 } }));
    expect(() => checkPairedHouseholds(units(16))).toThrow(/you listed 16/);
    expect(() => checkPairedHouseholds([...units(10), 'u0'])).toThrow(/twice/);
  });
});
