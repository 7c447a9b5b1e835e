import { isDeadLetter, retryDelayMs } from './retry-schedule.js';

describe('retry schedule', () => {
  it('doubles the wait after each failure, capped at a day', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 30_000))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(40, 30_000)).toBe(24 * 3600 * 1000);
  });

  it('dead-letters once the attempts are used up', () => {
    expect(isDeadLetter(7, 8)).toBe(false);
    expect(isDeadLetter(8, 8)).toBe(true);
  });
});
