import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
}

/**
 * Starts a compiled service script with Node in its own process, its logs going to this terminal. With
 * CPU_PROFILE_DIR set (the benchmark's BENCH_CPU_PROFILE), Node writes a CPU profile of the process into
 * `<dir>/<name>/` when it exits (bench/cpu-profile-summary.ts reads them).
 */
export function spawnService(name: string, script: string, env: NodeJS.ProcessEnv): ServiceProcess {
  const profiling = env.CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${path.join(env.CPU_PROFILE_DIR, name)}`] : [];
  const child = spawn(process.execPath, [...profiling, script], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  return { name, child };
}

/** Polls a health URL until it answers 200, failing early if the process exits. */
export async function waitUntilReady(service: ServiceProcess, url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) throw new Error(`${service.name} exited with code ${service.child.exitCode} while starting.`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${service.name} did not become ready at ${url} within ${timeoutMs / 1000}s.`);
}

/** Asks every process to stop (SIGTERM) and waits for them, killing any that linger. */
export async function stopServices(services: ServiceProcess[], graceMs = 5000): Promise<void> {
  await Promise.all(
    services.map(
      ({ child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}
