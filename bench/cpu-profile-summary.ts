import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { WINDOWS_FILE, type ProfileWindow } from './cpu-profile-windows.js';

// `npm run bench:cpu-profile -- <dir>`: where a request's CPU time goes, from the CPU profiles a benchmark run with
// BENCH_CPU_PROFILE=<dir> left behind (one directory per service process, plus windows.json with when each
// operation was measured and how many requests it sent).
//
// Method: only samples taken inside an operation's window count, and idle samples never do, so each process's
// CPU time per request is (non-idle samples in the window × their interval) ÷ requests. Each sample is given one
// category from its call stack (frames are classified by the package of their module URL, the project file, or
// for V8's pseudo-frames by name):
//   1. if any frame belongs to logging, metrics or token and signature checks, the outermost such frame's category
//      (everything done on their behalf, JSON and stream writes included, is their cost);
//   2. otherwise the innermost frame that has a category: a sample in the pg driver under a resolver is "SQL
//      driver", in graphql-js's executor "execution", in JSON.parse under the body parser "serialisation";
//      frames of generic helpers (graphql-js's type and utility modules, sockets and streams, promise and timer internals)
//      have no category and pass the sample on to the frame that called them;
//   3. V8's "(garbage collector)" is GC and "(program)" (native code outside JavaScript) is other.
// Beside the categories, the summary lists self time by package (the innermost frame's package) for all processes.

export const CATEGORIES = [
  'parse',
  'validate',
  'plan',
  'HTTP',
  'GraphQL server',
  'execution',
  'ORM',
  'SQL driver',
  'serialisation',
  'logging',
  'metrics',
  'token checks',
  'GC',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];
const OWNER_CATEGORIES: ReadonlySet<Category> = new Set(['logging', 'metrics', 'token checks']);

interface CallFrame {
  functionName: string;
  url: string;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** The npm package a module URL belongs to (`@scope/name` or `name`), or null outside node_modules. */
function packageOf(url: string): string | null {
  const at = url.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const [first, second] = url.slice(at + '/node_modules/'.length).split('/');
  return first.startsWith('@') ? `${first}/${second}` : first;
}

/** The project file of a URL relative to the compiled tree (`subgraphs/owners/src/…`), or null. */
function projectFileOf(url: string): string | null {
  if (packageOf(url)) return null;
  const at = url.lastIndexOf('/dist/');
  return at < 0 ? null : url.slice(at + '/dist/'.length);
}

const PACKAGE_CATEGORIES: [RegExp, Category][] = [
  [/^(jose)$/, 'token checks'],
  [/^(pino|pino-std-serializers|sonic-boom|thread-stream|@graphql-hive\/logger)$/, 'logging'],
  [/^(prom-client|tdigest|bintrees)$/, 'metrics'],
  [/^(pg|pg-protocol|pg-pool|pg-types|pg-int8|postgres-.*|pg-connection-string|pgpass)$/, 'SQL driver'],
  [/^(@mikro-orm\/.*|kysely|reflect-metadata)$/, 'ORM'],
  [/^(@apollo\/query-planner|@apollo\/federation-internals|@graphql-hive\/router-query-planner)$/, 'plan'],
  [/^(@escape\.tech\/.*|graphql-query-complexity|@envelop\/extended-validation)$/, 'validate'],
  [/^(type-graphql|@apollo\/subgraph|dataloader|graphql-jit|@apollo\/gateway|@graphql-tools\/.*|@graphql-hive\/router-runtime|class-validator)$/, 'execution'],
  [/^(@apollo\/server|@apollo\/utils\..*|graphql-yoga|@graphql-yoga\/.*|@envelop\/.*|@graphql-hive\/gateway-runtime|@graphql-hive\/core|@graphql-mesh\/(?!transport-http).*)$/, 'GraphQL server'],
  [
    /^(express|router|body-parser|raw-body|finalhandler|send|on-finished|content-type|type-is|iconv-lite|qs|cookie|@as-integrations\/express5|@whatwg-node\/.*|undici|@graphql-mesh\/transport-http|@graphql-tools\/executor-http|negotiator|accepts|encodeurl|statuses|http-errors|fetch-blob|node-fetch)$/,
    'HTTP',
  ],
  [/^(fast-json-stringify|fast-safe-stringify|safe-stable-stringify|json-stable-stringify)$/, 'serialisation'],
];

/** A frame's category by its module alone, or null when it only passes the sample on to its caller. */
function moduleCategory({ functionName, url }: CallFrame): Category | null {
  if (!url) {
    if (functionName === '(garbage collector)') return 'GC';
    if (functionName === '(program)') return 'other';
    return null;
  }
  const pkg = packageOf(url);
  if (pkg) {
    if (pkg === 'graphql') {
      if (url.includes('/graphql/language/')) return 'parse';
      if (url.includes('/graphql/validation/')) return 'validate';
      if (url.includes('/graphql/execution/')) return 'execution';
      return null;
    }
    // @graphql-tools/executor-http is the Hive gateway's HTTP client to the subgraphs.
    if (pkg === '@graphql-tools/executor-http') return 'HTTP';
    for (const [pattern, category] of PACKAGE_CATEGORIES) if (pattern.test(pkg)) return category;
    return null;
  }
  const file = projectFileOf(url);
  if (file) {
    if (/platform\/access\/(token-verifier|token-claims|signed-statement|place-certificate|matter-certificate|head-certificate|gateway-secret|attested-facts)/.test(file)) return 'token checks';
    if (file.includes('platform/logging/')) return 'logging';
    if (file.includes('platform/metrics/')) return 'metrics';
    if (file.includes('platform/orm/') || file.endsWith('.entity.js')) return 'ORM';
    if (file.includes('platform/http/') || file.includes('forward-to-subgraphs')) return 'HTTP';
    return 'execution';
  }
  // Sockets and streams carry both HTTP and the database's protocol: they pass the sample on to whoever uses them.
  if (/^node:(_http_|internal\/(http|deps\/undici|webstreams))/.test(url)) return 'HTTP';
  if (url.startsWith('node:internal/crypto')) return 'token checks';
  return null;
}

/** A frame's category, or null when it only passes the sample on to its caller. */
export function frameCategory(frame: CallFrame): Category | null {
  const category = moduleCategory(frame);
  if (category && OWNER_CATEGORIES.has(category)) return category;
  // Writing and reading JSON, whoever does it (JSON.stringify, Apollo Server's prettyJSONStringify, body-parser's
  // parse) — except on behalf of logging, metrics or token checks, which own their JSON.
  const { functionName, url } = frame;
  if (/stringify|JSON/i.test(functionName) || (!url && functionName === 'parse') || (functionName === 'parse' && url.includes('/body-parser/'))) return 'serialisation';
  return category;
}

/** The category of a whole stack, innermost frame first (see the method above). */
export function stackCategory(frames: CallFrame[]): Category {
  let owner: Category | null = null;
  for (const frame of frames) {
    const category = frameCategory(frame);
    if (category && OWNER_CATEGORIES.has(category)) owner = category; // the last one seen is the outermost
  }
  if (owner) return owner;
  for (const frame of frames) {
    const category = frameCategory(frame);
    if (category) return category;
  }
  return 'other';
}

function selfPackage({ functionName, url }: CallFrame): string {
  if (!url) return functionName;
  const pkg = packageOf(url);
  if (pkg) return pkg === 'graphql' ? `graphql/${url.split('/graphql/')[1]?.split('/')[0] ?? ''}` : pkg;
  const file = projectFileOf(url);
  if (file) return file.startsWith('subgraphs/platform/') ? `project: ${file.split('/').slice(0, 3).join('/')}` : `project: ${file.split('/').slice(0, 2).join('/')}`;
  if (url.startsWith('node:')) return `node: ${url.slice(5).split('/').slice(0, 2).join('/')}`;
  return 'other';
}

interface Tally {
  micros: Map<Category, number>;
  bySelf: Map<string, number>;
  total: number;
}
const emptyTally = (): Tally => ({ micros: new Map(), bySelf: new Map(), total: 0 });

/** Adds the samples of one profile inside each window to that window's tally for this process. */
function tallyProfile(profile: CpuProfile, windows: ProfileWindow[], tallies: Tally[]) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const categoryCache = new Map<number, { category: Category; self: string } | null>();
  const classify = (id: number) => {
    if (categoryCache.has(id)) return categoryCache.get(id)!;
    const leaf = byId.get(id)!;
    let result: { category: Category; self: string } | null = null;
    if (leaf.callFrame.functionName !== '(idle)') {
      const frames: CallFrame[] = [];
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) frames.push(byId.get(at)!.callFrame);
      result = { category: stackCategory(frames), self: selfPackage(leaf.callFrame) };
    }
    categoryCache.set(id, result);
    return result;
  };
  let time = profile.startTime;
  for (let index = 0; index < profile.samples.length; index++) {
    time += profile.timeDeltas[index];
    // A sample stands for the time until the next one.
    const interval = profile.timeDeltas[index + 1] ?? 0;
    const window = windows.findIndex((candidate) => time >= candidate.startMicros && time < candidate.endMicros);
    if (window < 0) continue;
    const sample = classify(profile.samples[index]);
    if (!sample) continue;
    const tally = tallies[window];
    tally.micros.set(sample.category, (tally.micros.get(sample.category) ?? 0) + interval);
    tally.bySelf.set(sample.self, (tally.bySelf.get(sample.self) ?? 0) + interval);
    tally.total += interval;
  }
}

export interface ProfileSummary {
  windows: ProfileWindow[];
  /** Per window: per process, the tally of its samples in that window. */
  processes: string[];
  tallies: Map<string, Tally>[];
}

export function summariseProfiles(directory: string): ProfileSummary {
  const windows = JSON.parse(readFileSync(path.join(directory, WINDOWS_FILE), 'utf8')) as ProfileWindow[];
  const processes = readdirSync(directory)
    .filter((name) => statSync(path.join(directory, name)).isDirectory())
    .sort();
  const tallies = windows.map(() => new Map<string, Tally>());
  for (const name of processes) {
    const perWindow = windows.map(() => emptyTally());
    for (const file of readdirSync(path.join(directory, name)).filter((file) => file.endsWith('.cpuprofile'))) {
      tallyProfile(JSON.parse(readFileSync(path.join(directory, name, file), 'utf8')) as CpuProfile, windows, perWindow);
    }
    perWindow.forEach((tally, index) => tallies[index].set(name, tally));
  }
  return { windows, processes, tallies };
}

const share = (part: number, whole: number) => (whole > 0 && part > 0 ? `${Math.round((100 * part) / whole)} %` : '–');
const perUnit = (micros: number, window: ProfileWindow) => (micros / 1000 / window.units).toFixed(2);

/** Markdown: a table of shares for every window (all processes together), then one per window by process. */
export function formatSummary({ windows, processes, tallies }: ProfileSummary): string {
  const out: string[] = [];
  const totals = tallies.map((perProcess) => {
    const total = emptyTally();
    for (const tally of perProcess.values()) {
      total.total += tally.total;
      for (const [category, micros] of tally.micros) total.micros.set(category, (total.micros.get(category) ?? 0) + micros);
      for (const [pkg, micros] of tally.bySelf) total.bySelf.set(pkg, (total.bySelf.get(pkg) ?? 0) + micros);
    }
    return total;
  });
  const used = CATEGORIES.filter((category) => totals.some((total) => (total.micros.get(category) ?? 0) > 0));
  out.push('All processes together: CPU ms per unit of work, and its shares by category.', '');
  out.push(`| operation | gateway | CPU ms per unit | ${used.join(' | ')} |`);
  out.push(`| --- | --- | --- | ${used.map(() => '---').join(' | ')} |`);
  windows.forEach((window, index) => {
    const total = totals[index];
    out.push(`| ${window.operation} | ${window.engine} | ${perUnit(total.total, window)} per ${window.unit} | ${used.map((category) => share(total.micros.get(category) ?? 0, total.total)).join(' | ')} |`);
  });
  windows.forEach((window, index) => {
    out.push('', `**${window.operation} — ${window.engine}** (${window.units} ${window.unit}s): CPU ms per ${window.unit} by process, shares of each process's time`, '');
    out.push(`| process | CPU ms | ${used.join(' | ')} |`);
    out.push(`| --- | --- | ${used.map(() => '---').join(' | ')} |`);
    for (const name of processes) {
      const tally = tallies[index].get(name)!;
      if (tally.total / window.units < 20) continue; // under 0.02 ms: not part of this operation
      out.push(`| ${name} | ${perUnit(tally.total, window)} | ${used.map((category) => share(tally.micros.get(category) ?? 0, tally.total)).join(' | ')} |`);
    }
    const top = [...totals[index].bySelf].sort((a, b) => b[1] - a[1]).slice(0, 10);
    out.push('', `Self time by package: ${top.map(([pkg, micros]) => `${pkg} ${share(micros, totals[index].total)}`).join(', ')}.`);
  });
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const directory = process.argv[2] ?? process.env.BENCH_CPU_PROFILE;
  if (!directory) {
    console.error('Usage: npm run bench:cpu-profile -- <dir written by BENCH_CPU_PROFILE=<dir> npm run bench>');
    process.exit(2);
  }
  console.log(formatSummary(summariseProfiles(directory)));
}
