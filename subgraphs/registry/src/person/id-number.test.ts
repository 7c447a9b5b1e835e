import { hashIdNumber, isValidIdNumber, normalizeIdNumber } from './id-number.js';

describe('resident ID numbers (GB 11643)', () => {
  it('accepts numbers whose check character matches', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('370832199001011238')).toBe(true);
  });

  it('refuses a wrong check character, an impossible date, or a wrong length', () => {
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('110105194902300011')).toBe(false);
    expect(isValidIdNumber('11010519491231002')).toBe(false);
  });

  it('hashes the normalised number under the key: same number, same hash; other key, other hash', () => {
    expect(normalizeIdNumber(' 11010519491231002x ')).toBe('11010519491231002X');
    expect(hashIdNumber('11010519491231002x', 'k'.repeat(32))).toBe(hashIdNumber('11010519491231002X', 'k'.repeat(32)));
    expect(hashIdNumber('11010519491231002X', 'k'.repeat(32))).not.toBe(hashIdNumber('11010519491231002X', 'j'.repeat(32)));
  });
});
