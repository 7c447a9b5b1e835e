import { percentage } from './percentage.js';

describe('percentage', () => {
  it('rounds half up exactly and has no value for an empty whole', () => {
    expect(percentage(22, 26)).toBe('84.62');
    expect(percentage(1, 8)).toBe('12.50');
    expect(percentage(1, 3)).toBe('33.33');
    expect(percentage(2, 3)).toBe('66.67');
    expect(percentage(1, 200000)).toBe('0.00');
    expect(percentage(1, 20000)).toBe('0.01');
    expect(percentage(3, 3)).toBe('100.00');
    expect(percentage(0, 0)).toBeNull();
  });

  it('gives the share of party members among committee members (3 of 7, 1 of 400, 51 of 100)', () => {
    expect(percentage(3, 7)).toBe('42.86');
    expect(percentage(1, 200)).toBe('0.50');
    expect(percentage(1, 400)).toBe('0.25');
    expect(percentage(51, 100)).toBe('51.00');
    expect(percentage(0, 5)).toBe('0.00');
  });
});
