import { sumHours } from './service-hours.js';

describe('time bank hours', () => {
  it('adds exactly, in tenths', () => {
    expect(sumHours(['0.1', '0.2'])).toBe('0.3');
    expect(sumHours(['2.5', '3', '1.5'])).toBe('7.0');
    expect(sumHours([])).toBe('0.0');
  });
});
