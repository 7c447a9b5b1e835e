import { pointsForHours } from './points-rule.entity.js';

describe('pointsForHours', () => {
  it('counts tenths of an hour exactly and rounds down to whole points', () => {
    expect(pointsForHours('2', 10)).toBe(20);
    expect(pointsForHours('1.5', 10)).toBe(15);
    expect(pointsForHours('0.3', 5)).toBe(1);
    expect(pointsForHours('2.5', 3)).toBe(7);
  });
});
