import { adjustableClock, offsetClock, parseClockOffset, readClock, systemClock } from './clock.js';

const DAY = 86_400_000;

describe('parseClockOffset', () => {
  it('reads signed whole numbers of seconds, minutes, hours and days', () => {
    expect([parseClockOffset('16d'), parseClockOffset('-2h'), parseClockOffset('+90m'), parseClockOffset('30s'), parseClockOffset('0d')]).toEqual([
      16 * DAY,
      -2 * 3_600_000,
      90 * 60_000,
      30_000,
      0,
    ]);
  });

  it('refuses anything else', () => {
    expect(['', '16', '1.5d', '16 days', 'd', '2w', '16dd', '1234567d'].map(parseClockOffset)).toEqual([null, null, null, null, null, null, null, null]);
  });
});

describe('readClock', () => {
  it('is the system clock without an offset', () => {
    expect(readClock({})).toBe(systemClock);
    expect(readClock({ CLOCK_OFFSET: '  ' })).toBe(systemClock);
  });

  it('moves by CLOCK_OFFSET outside production', () => {
    const moved = readClock({ CLOCK_OFFSET: '16d', NODE_ENV: 'development' }).now().getTime() - Date.now();
    expect(Math.abs(moved - 16 * DAY)).toBeLessThan(5000);
  });

  it('refuses an offset in production and a malformed one anywhere, naming the variable', () => {
    expect(() => readClock({ CLOCK_OFFSET: '16d', NODE_ENV: 'production' })).toThrow('CLOCK_OFFSET is for development and tests only; unset it when NODE_ENV=production.');
    expect(() => readClock({ CLOCK_OFFSET: 'sixteen days' })).toThrow(
      'CLOCK_OFFSET must be a whole number followed by s, m, h or d, optionally signed (e.g. 16d, -2h).',
    );
  });
});

describe('adjustableClock', () => {
  it('starts where told and moves only when advanced or set', () => {
    const clock = adjustableClock(new Date('2026-03-01T00:00:00Z'));
    expect(Math.abs(clock.now().getTime() - Date.parse('2026-03-01T00:00:00Z'))).toBeLessThan(5000);
    clock.advance('16d');
    expect(Math.abs(clock.now().getTime() - Date.parse('2026-03-17T00:00:00Z'))).toBeLessThan(5000);
    clock.set(new Date('2027-01-01T00:00:00Z'));
    expect(Math.abs(clock.now().getTime() - Date.parse('2027-01-01T00:00:00Z'))).toBeLessThan(5000);
    expect(() => clock.advance('soon')).toThrow('Not a clock offset: soon (use e.g. 16d, -2h, 90m, 30s).');
  });

  it('offsetClock(0) is the system clock', () => {
    expect(offsetClock(0)).toBe(systemClock);
  });
});
