// The suites' test environment: jest's node environment plus `graphHost`, which boots each suite's graph in this
// worker process outside the suite's module sandbox. The services' TypeScript is loaded by tsx once per worker, not
// once per suite as modules inside the sandbox are (that cost ~2.5 s a suite). Plain JavaScript: jest loads it as is.
//
// TEST_CPU_PROFILE=<dir> writes a CPU profile of the worker per suite (`<dir>/<suite file>.cpuprofile`), from before
// its graph starts to after its last test: where a suite's time goes, graph and Postgres client included.
import { writeFile, mkdir } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { TestEnvironment } from 'jest-environment-node';
import { tsImport } from 'tsx/esm/api';

let host;
let inspector;

/**
 * Loads the host once per worker. Its modules are evaluated with NODE_ENV=production, as a deployed service's are:
 * graphql-js decides then whether to check, on every failed `instanceof`, for a second copy of itself (a developer's
 * aid that cost 25–40 % of executing a large list, and there is one copy outside the sandbox). Nothing reads the
 * variable later from this evaluation: the services get their settings from the environment the harness gives them.
 */
function loadHost() {
  host ??= (async () => {
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      return (await tsImport('./graph-host.ts', import.meta.url)).graphHost;
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
  })();
  return host;
}

/**
 * The services run in this worker's own realm, whose `Error` jest sets up for itself before every suite: a limit of 100
 * frames per stack and a formatter that looks each frame up in its source maps. Every error a service makes (each
 * refusal is a GraphQLError, which reads its cause's stack) then cost that: 8 % of the mutation matrix's CPU. A
 * deployed service has Node's 10 frames and Node's formatter, which tsx's source maps serve; the suites' own errors are
 * their sandbox's, which jest formats as before.
 */
function serviceRealmAsDeployed() {
  Error.stackTraceLimit = 10;
  Error.prepareStackTrace = undefined;
}

export default class GraphEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.testPath = context.testPath;
  }

  async setup() {
    await super.setup();
    serviceRealmAsDeployed();
    this.global.graphHost = {
      start: async (options) => (await loadHost()).start(options),
      modules: async () => (await loadHost()).modules(),
      composedSchemas: async () => (await loadHost()).composedSchemas(),
      load: async (modulePath) => (await loadHost()).load(modulePath),
    };
    if (process.env.TEST_CPU_PROFILE) {
      if (!inspector) {
        inspector = new Session();
        inspector.connect();
        await inspector.post('Profiler.enable');
      }
      await inspector.post('Profiler.start');
    }
  }

  async teardown() {
    if (inspector && process.env.TEST_CPU_PROFILE) {
      const { profile } = await inspector.post('Profiler.stop');
      const directory = process.env.TEST_CPU_PROFILE;
      await mkdir(directory, { recursive: true });
      const name = path.relative(process.cwd(), this.testPath).replaceAll('/', '__');
      await writeFile(path.join(directory, `${name}.cpuprofile`), JSON.stringify(profile));
    }
    await super.teardown();
  }
}
