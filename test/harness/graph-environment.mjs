// The suites' test environment: jest's node environment plus `graphHost`, which boots each suite's graph in this
// worker process outside the suite's module sandbox. The services' TypeScript is loaded by tsx once per worker, not
// once per suite as modules inside the sandbox are (that cost ~2.5 s a suite). Plain JavaScript: jest loads it as is.
import { TestEnvironment } from 'jest-environment-node';
import { tsImport } from 'tsx/esm/api';

let host;

function loadHost() {
  host ??= tsImport('./graph-host.ts', import.meta.url).then((module) => module.graphHost);
  return host;
}

export default class GraphEnvironment extends TestEnvironment {
  async setup() {
    await super.setup();
    this.global.graphHost = { start: async (options) => (await loadHost()).start(options) };
  }
}
