import { placeholders } from './sql-placeholders.js';

describe('sql placeholders', () => {
  it('writes one positional parameter per value or per count', () => {
    expect(placeholders(['a', 'b', 'c'])).toBe('?, ?, ?');
    expect(placeholders(['a'])).toBe('?');
    expect(placeholders(2)).toBe('?, ?');
    expect(placeholders([])).toBe('');
  });
});
