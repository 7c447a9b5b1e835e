/** How a CPU profile's call frames are classified into the categories of a request's time (see the method below). */

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

export interface CallFrame {
  functionName: string;
  url: string;
}
export interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** The npm package a module URL belongs to (`@scope/name` or `name`), or null outside node_modules. */
export function packageOf(url: string): string | null {
  const at = url.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const [first, second] = url.slice(at + '/node_modules/'.length).split('/');
  return first.startsWith('@') ? `${first}/${second}` : first;
}

/** The project file of a URL relative to the compiled tree (`subgraphs/owners/src/…`), or null. */
export function projectFileOf(url: string): string | null {
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

export function selfPackage({ functionName, url }: CallFrame): string {
  if (!url) return functionName;
  const pkg = packageOf(url);
  if (pkg) return pkg === 'graphql' ? `graphql/${url.split('/graphql/')[1]?.split('/')[0] ?? ''}` : pkg;
  const file = projectFileOf(url);
  if (file) return file.startsWith('subgraphs/platform/') ? `project: ${file.split('/').slice(0, 3).join('/')}` : `project: ${file.split('/').slice(0, 2).join('/')}`;
  if (url.startsWith('node:')) return `node: ${url.slice(5).split('/').slice(0, 2).join('/')}`;
  return 'other';
}
