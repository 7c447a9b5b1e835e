import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * CPU profiling of a benchmark run (BENCH_CPU_PROFILE=<dir>): every service process is started with Node's
 * `--cpu-prof` (infra/start/service-processes.ts writes each into `<dir>/<service>/`), and the benchmark records
 * when each operation was measured and how many requests it sent, in `<dir>/windows.json`. The summariser
 * (bench/cpu-profile-summary.ts) keeps only the samples taken inside a window, so start-up and seeding never count.
 *
 * The times are the monotonic clock in microseconds (`process.hrtime`), the clock V8 stamps its samples with, so
 * the windows of this process line up with the samples of the others.
 */
export interface ProfileWindow {
  operation: string;
  engine: string;
  /** What one unit of work is (a request, a ballot): the summary divides CPU time by `units`. */
  unit: string;
  units: number;
  startMicros: number;
  endMicros: number;
}

export const WINDOWS_FILE = 'windows.json';

export interface ProfileRecorder {
  /** Where the profiles go, or null when the run is not profiled. */
  directory: string | null;
  now(): number;
  record(window: ProfileWindow): void;
  /** Writes the windows; call before the services stop. */
  save(): void;
}

const micros = () => Number(process.hrtime.bigint() / 1000n);

export function profileRecorder(env: NodeJS.ProcessEnv): ProfileRecorder {
  const directory = env.BENCH_CPU_PROFILE ? path.resolve(env.BENCH_CPU_PROFILE) : null;
  const windows: ProfileWindow[] = [];
  if (directory) {
    mkdirSync(directory, { recursive: true });
    // Read by spawnService for every service this process starts.
    env.CPU_PROFILE_DIR = directory;
  }
  return {
    directory,
    now: micros,
    record(window) {
      if (directory) windows.push(window);
    },
    save() {
      if (directory) writeFileSync(path.join(directory, WINDOWS_FILE), JSON.stringify(windows, null, 2));
    },
  };
}
