import { ConfigurationError, type Environment } from '../config/environment.js';

/**
 * The clock every time of legal effect is read from (a notice given, a ballot cast, a motion decided): the server's,
 * never the client's. Services take it as a dependency so tests can move it without sleeping.
 */
export interface Clock {
  now(): Date;
}

/** A clock a test moves by hand: starts at the real time (or `start`) and only moves when told. */
export interface AdjustableClock extends Clock {
  /** Moves the clock forward (or back, with a negative offset) by an offset such as `16d`, `-2h` or milliseconds. */
  advance(offset: string | number): void;
  set(at: Date): void;
}

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `16d`, `-3h`, `90m`, `30s` (whole numbers only) in milliseconds; null when malformed. */
export function parseClockOffset(text: string): number | null {
  const match = /^([+-]?)(\d{1,6})([smhd])$/.exec(text.trim());
  if (!match) return null;
  return (match[1] === '-' ? -1 : 1) * Number(match[2]) * UNIT_MS[match[3]];
}

export const systemClock: Clock = { now: () => new Date() };

export function offsetClock(offsetMs: number): Clock {
  return offsetMs === 0 ? systemClock : { now: () => new Date(Date.now() + offsetMs) };
}

export function adjustableClock(start: Date = new Date()): AdjustableClock {
  let offsetMs = start.getTime() - Date.now();
  return {
    now: () => new Date(Date.now() + offsetMs),
    advance(offset) {
      const ms = typeof offset === 'number' ? offset : parseClockOffset(offset);
      if (ms === null) throw new Error(`Not a clock offset: ${String(offset)} (use e.g. 16d, -2h, 90m, 30s).`);
      offsetMs += ms;
    },
    set(at) {
      offsetMs = at.getTime() - Date.now();
    },
  };
}

/**
 * The service clock from the environment: the system clock, moved by `CLOCK_OFFSET` (e.g. `16d`) for development
 * and tests only. With NODE_ENV=production an offset stops the service: times of legal effect are never faked there.
 */
export function readClock(env: Environment): Clock {
  const raw = env.CLOCK_OFFSET?.trim();
  if (!raw) return systemClock;
  if (env.NODE_ENV === 'production') {
    throw new ConfigurationError('CLOCK_OFFSET is for development and tests only; unset it when NODE_ENV=production.');
  }
  const offsetMs = parseClockOffset(raw);
  if (offsetMs === null) {
    throw new ConfigurationError('CLOCK_OFFSET must be a whole number followed by s, m, h or d, optionally signed (e.g. 16d, -2h).');
  }
  return offsetClock(offsetMs);
}
