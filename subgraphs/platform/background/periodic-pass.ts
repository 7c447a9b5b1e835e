import type { Logger } from '../logging/logger.js';

/**
 * Work a service repeats on a timer (relaying its outbox, delivering webhooks, checking deadlines): one pass at a
 * time per process. A caller of `runOnce` arriving mid-pass waits for it and then runs its own; the timer skips a
 * tick while a pass runs. A failed pass is logged and tried again at the next tick. `nudge` asks for a pass now, for
 * work the service knows it has just made (a committed event), so the timer is only the fallback for the rest.
 */
export interface PeriodicPass<Result> {
  /** Runs a pass now (after the one in progress, if any) and returns what it did. */
  runOnce(): Promise<Result>;
  /**
   * Asks for a pass as soon as possible, without waiting for it: nudges that arrive together get one pass, and one
   * that arrives mid-pass gets another pass after it (that pass may have read before the nudged work was committed).
   * Ignored while paused or stopped. Its failure is logged like a timer pass's.
   */
  nudge(): void;
  /**
   * Stops starting passes and waits for the one in progress, until `resume()`: while paused the service holds no
   * connection for this work (used to replace the database under a running service, e.g. between test suites).
   */
  pause(): Promise<void>;
  resume(): void;
  /** Stops for good and waits for the pass in progress. */
  stop(): Promise<void>;
}

export interface PeriodicPassOptions<Result> {
  intervalMs: number;
  pass: () => Promise<Result>;
  logger: Logger;
  /** What the log says when a pass fails, e.g. 'event relay failed; will retry'. */
  failure: string;
  /** Logs a pass's result when it did something (e.g. escalations moved up). */
  report?: (result: Result) => void;
}

export function startPeriodicPass<Result>(options: PeriodicPassOptions<Result>): PeriodicPass<Result> {
  let running: Promise<Result> | null = null;
  let paused = false;
  let stopped = false;
  /** A nudged pass is waiting to start: nudges until it starts share it. */
  let nudged = false;

  async function runOnce(): Promise<Result> {
    while (running) await running.catch(() => undefined);
    running = options.pass();
    try {
      return await running;
    } finally {
      running = null;
    }
  }

  function runInBackground(): void {
    runOnce().then(
      (result) => options.report?.(result),
      (error: unknown) => options.logger.warn({ err: error }, options.failure),
    );
  }

  const timer = setInterval(() => {
    if (stopped || paused || running) return;
    runInBackground();
  }, options.intervalMs);
  timer.unref();

  function nudge(): void {
    if (stopped || paused || nudged) return;
    nudged = true;
    // After the pass in progress, if any (runOnce waits for it); nudges until this pass starts share it.
    setImmediate(() => {
      void (async () => {
        while (running) await running.catch(() => undefined);
        nudged = false;
        if (stopped || paused) return;
        runInBackground();
      })();
    });
  }

  return {
    runOnce,
    nudge,
    async pause() {
      paused = true;
      while (running) await running.catch(() => undefined);
    },
    resume() {
      paused = false;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      while (running) await running.catch(() => undefined);
    },
  };
}
