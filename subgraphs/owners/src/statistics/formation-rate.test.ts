import { percentage } from './formation-rate.js';

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
});
