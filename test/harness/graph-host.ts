import 'reflect-metadata';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LIANGSHAN } from '../../infra/demo/profiles.js';
import { SUBGRAPHS } from '../../subgraphs/catalog.js';
import type { SubgraphModule } from '../../subgraphs/platform/federation/subgraph-module.js';
import { composeSupergraph, type ComposedSchemas } from '../../gateway/src/composition/compose-supergraph.js';
import { bootGraph, type ReusableGraph } from './graph-boot.js';
import type { GraphOptions, GraphStack } from './graph-stack.js';

/** Boots suites' graphs in a jest worker outside the suites' module sandbox; one graph runs at a time. */
export interface GraphHost {
  start(options: GraphOptions): Promise<GraphStack>;
  /** Every subgraph's module (catalog.ts). */
  modules(): Promise<readonly SubgraphModule[]>;
  /** Each subgraph's SDL and the supergraph, composed from the subgraphs' code once per worker. */
  composedSchemas(): Promise<ComposedSchemas>;
  /** A module of this project (a path from the repository's root) as the host loaded it, classes and all. */
  load(modulePath: string): Promise<unknown>;
}

/** The worker's graph with the default options, kept running between suites. */
let shared: ReusableGraph | undefined;
/** A graph booted for one suite's own options, stopped with that suite. */
let own: GraphStack | undefined;
/** Subgraphs of the shared graph restarted with a suite's own environment, to restore before the next suite. */
const restarted = new Set<string>();
/** The schemas composed from the subgraphs' code, once per worker. */
let composed: Promise<ComposedSchemas> | undefined;

// A profile by its key: a suite's LIANGSHAN is its sandbox's copy of the object, never the host's.
const usesDefaults = (options: GraphOptions) =>
  !options.logSink && !options.env && (!options.profile || options.profile.key === LIANGSHAN.key);

/** The repository's root, which `load` resolves paths from. */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The database this worker's shared graph connects to (workers run side by side, each with its own). */
const workerDatabase = () => `worker_${process.env.JEST_WORKER_ID ?? '1'}`;

/**
 * Ends this worker once jest ends it: jest's worker then stops listening for its parent's messages and waits for its
 * event loop to empty, which the shared graph's servers would keep from happening until jest killed it (it waits
 * half a second). Nothing is left to do then: the process exits, and its servers and connections with it.
 */
function exitWhenWorkerEnds(): void {
  if (!process.send) return;
  const listening = process.listenerCount('message');
  const watch = setInterval(() => {
    if (process.listenerCount('message') >= listening) return;
    clearInterval(watch);
    if (process.env.TEST_TIMING) process.stderr.write(`worker ${process.env.JEST_WORKER_ID} ends\n`);
    process.exit(0);
  }, 50);
  watch.unref();
}

/**
 * The worker's host. The services' modules are loaded once per worker (the first suite that starts a graph pays for
 * it). A suite with the default options gets the worker's shared graph on a fresh copy of the seeded database, as if
 * newly booted: same demo district, clock at now, statement counts at zero, no other suite's writes. Its `stop()`
 * only hands the graph back. A suite with environment for single subgraphs (`subgraphEnv`) gets the shared graph
 * with those subgraphs restarted; any other option of its own gets a graph booted for it alone.
 */
export const graphHost: GraphHost = {
  async start(options) {
    const began = performance.now();
    if (own) await own.stop().catch(() => undefined);
    own = undefined;
    for (const name of restarted) await shared!.restartSubgraph(name, {});
    restarted.clear();
    let graph: GraphStack;
    if (usesDefaults(options)) {
      const subgraphEnv = Object.entries(options.subgraphEnv ?? {});
      if (shared) {
        await shared.renew();
        for (const [name, env] of subgraphEnv) await shared.restartSubgraph(name, env);
      } else {
        // Booted with the suite's subgraph environment already: restored like a restarted one after the suite.
        shared = await bootGraph(options, workerDatabase());
        exitWhenWorkerEnds();
      }
      for (const [name] of subgraphEnv) restarted.add(name);
      graph = { ...shared, stop: async () => undefined };
    } else {
      const booted = await bootGraph(options);
      own = booted;
      graph = booted;
    }
    if (process.env.TEST_TIMING) process.stderr.write(`graph ready in ${Math.round(performance.now() - began)} ms (worker ${process.env.JEST_WORKER_ID}, heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MB)\n`);
    return graph;
  },
  modules: async () => SUBGRAPHS,
  // Imported from here, the module joins the host's own module graph: the same instances its services use.
  load: (modulePath) => import(pathToFileURL(path.join(ROOT, modulePath)).href),
  composedSchemas() {
    composed ??= composeSupergraph(SUBGRAPHS);
    return composed;
  },
};
