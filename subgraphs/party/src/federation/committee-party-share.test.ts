import { sharePercent } from './committee-party-share.js';

describe('the share of party members among committee members', () => {
  it('is exact to two decimals, rounded half up, and null without members', () => {
    expect(sharePercent(3, 7)).toBe('42.86');
    expect(sharePercent(1, 8)).toBe('12.50');
    expect(sharePercent(1, 200)).toBe('0.50');
    expect(sharePercent(1, 400)).toBe('0.25');
    expect(sharePercent(51, 100)).toBe('51.00');
    expect(sharePercent(0, 5)).toBe('0.00');
    expect(sharePercent(0, 0)).toBeNull();
  });
});
