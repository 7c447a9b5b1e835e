import { createLogger } from '../logging/logger.js';
import { startPeriodicPass } from './periodic-pass.js';

const logger = createLogger('periodic-pass-test', 'silent');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A logger that keeps the message of every warning in `warnings`. */
const recordingWarnings = (warnings: string[]) => ({ ...logger, warn: (_: unknown, message: string) => warnings.push(message) }) as never;

describe('a periodic pass', () => {
  it('runs on its timer, one pass at a time, and runOnce waits for the pass in progress', async () => {
    let concurrent = 0;
    let most = 0;
    let passes = 0;
    const periodic = startPeriodicPass({
      intervalMs: 5,
      logger,
      failure: 'failed',
      pass: async () => {
        concurrent += 1;
        most = Math.max(most, concurrent);
        await sleep(15);
        concurrent -= 1;
        passes += 1;
        return passes;
      },
    });
    const [first, second] = await Promise.all([periodic.runOnce(), periodic.runOnce()]);
    await periodic.stop();
    expect(second).toBeGreaterThan(first);
    expect(most).toBe(1);
  });

  it('starts no pass while paused, waits for the one in progress when pausing, and goes on after resume', async () => {
    let inPass = false;
    let passes = 0;
    const periodic = startPeriodicPass({
      intervalMs: 5,
      logger,
      failure: 'failed',
      pass: async () => {
        inPass = true;
        await sleep(10);
        inPass = false;
        passes += 1;
        return passes;
      },
    });
    await sleep(12);
    await periodic.pause();
    expect(inPass).toBe(false);
    const whilePaused = passes;
    await sleep(40);
    expect(passes).toBe(whilePaused);
    periodic.resume();
    await sleep(40);
    await periodic.stop();
    expect(passes).toBeGreaterThan(whilePaused);
  });

  it('logs a failed pass and tries again at the next tick', async () => {
    const warnings: string[] = [];
    let calls = 0;
    const periodic = startPeriodicPass({
      intervalMs: 5,
      logger: recordingWarnings(warnings),
      failure: 'pass failed; will retry',
      pass: async () => {
        calls += 1;
        if (calls === 1) throw new Error('database unavailable');
        return calls;
      },
    });
    await sleep(40);
    await periodic.stop();
    expect(warnings[0]).toBe('pass failed; will retry');
    expect(calls).toBeGreaterThan(1);
  });

  it('runs a pass when nudged, without waiting for its timer; nudges together share a pass, one mid-pass gets another after it', async () => {
    let passes = 0;
    let release: () => void = () => undefined;
    const periodic = startPeriodicPass({
      intervalMs: 3_600_000,
      logger,
      failure: 'failed',
      pass: async () => {
        passes += 1;
        await new Promise<void>((resolve) => (release = resolve));
        return passes;
      },
    });
    periodic.nudge();
    periodic.nudge();
    await sleep(5);
    expect(passes).toBe(1);
    // Mid-pass: both wait for it, then share the one pass after it.
    periodic.nudge();
    periodic.nudge();
    release();
    await sleep(5);
    expect(passes).toBe(2);
    release();
    await sleep(5);
    expect(passes).toBe(2);
    await periodic.stop();
  });

  it('ignores a nudge while paused or stopped, and logs a nudged pass that failed', async () => {
    const warnings: string[] = [];
    let passes = 0;
    const periodic = startPeriodicPass({
      intervalMs: 3_600_000,
      logger: recordingWarnings(warnings),
      failure: 'pass failed; will retry',
      pass: async () => {
        passes += 1;
        throw new Error('database unavailable');
      },
    });
    await periodic.pause();
    periodic.nudge();
    await sleep(5);
    expect(passes).toBe(0);
    periodic.resume();
    periodic.nudge();
    await sleep(5);
    expect({ passes, warnings }).toEqual({ passes: 1, warnings: ['pass failed; will retry'] });
    await periodic.stop();
    periodic.nudge();
    await sleep(5);
    expect(passes).toBe(1);
  });
});
