/* eslint-disable max-lines -- one benchmark run: it starts the graph, runs each measurement in order and prints their figures; its steps mean nothing apart */
import 'reflect-metadata';
import autocannon from 'autocannon';
import os from 'node:os';
import pg from 'pg';
import { Role } from '../subgraphs/platform/access/role.js';
import { integerVariable } from '../subgraphs/platform/config/environment.js';
import { PROFILES } from '../infra/demo/profiles.js';
import { demoScenario } from '../infra/demo/demo-tokens.js';
import { startScratchSystem } from '../infra/start/scratch-system.js';
import { GATEWAY_ENGINES, type GatewayEngine } from '../gateway/src/gateway-engine.js';
import { ConfigurationError } from '../subgraphs/platform/config/environment.js';
import { SUBGRAPHS } from '../subgraphs/catalog.js';
import { composeSupergraph } from '../gateway/src/composition/compose-supergraph.js';
import { GRAFBASE_VERSION, startGrafbasePeer } from './grafbase-peer.js';
import { profileRecorder } from './cpu-profile-windows.js';
import { formatSummary, summariseProfiles } from './cpu-profile-summary.js';
import { communityDashboardOperation } from './community-dashboard-operation.js';

// `npm run bench`: representative operations through each gateway engine (BENCH_ENGINES, default apollo,hive,grafbase:
// one gateway process per engine of ours, and Grafbase's Rust gateway as a peer, all in front of the same subgraphs)
// on a demo district (BENCH_PROFILE, default liangshan;
// jianghan for district scale): latency percentiles, throughput, SQL statements per operation (counted by
// pg_stat_statements), the database floor (the same rows with SQL alone) and the ratio of the two; then ballots/s.
const profile = PROFILES[process.env.BENCH_PROFILE ?? 'liangshan'];
if (!profile) throw new ConfigurationError(`Unknown BENCH_PROFILE "${process.env.BENCH_PROFILE}"; known: ${Object.keys(PROFILES).join(', ')}.`);
// Grafbase is a peer in the benchmark only (bench/grafbase-peer.ts), not an engine of our gateway.
const PEER_ENGINE = 'grafbase';
const BENCH_ENGINES = [...GATEWAY_ENGINES, PEER_ENGINE];
const ENGINES = (process.env.BENCH_ENGINES ?? BENCH_ENGINES.join(',')).split(',').map((engine) => engine.trim());
for (const engine of ENGINES) {
  if (!BENCH_ENGINES.includes(engine)) throw new ConfigurationError(`BENCH_ENGINES lists "${engine}"; known engines: ${BENCH_ENGINES.join(', ')}.`);
}
const OUR_ENGINES = ENGINES.filter((engine): engine is GatewayEngine => (GATEWAY_ENGINES as readonly string[]).includes(engine));
const RUNS = integerVariable(process.env, 'BENCH_RUNS', 30, 5, 1000);
const SECONDS = integerVariable(process.env, 'BENCH_SECONDS', 5, 1, 120);
const CONNECTIONS = integerVariable(process.env, 'BENCH_CONNECTIONS', 10, 1, 200);
/** How many distinct callers (tokens) the throughput runs rotate through. */
const DISTINCT_CALLERS = 64;

// BENCH_CPU_PROFILE=<dir>: every service runs with --cpu-prof; the summary at the end covers the measured operations.
const profiling = profileRecorder(process.env);
const system = await startScratchSystem({
  name: 'bench',
  profile,
  logLevel: 'fatal',
  // Our gateway runs anyway: it sets up the ballots.
  engines: OUR_ENGINES.length ? OUR_ENGINES : undefined,
  postgresFlags: ['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'pg_stat_statements.track=all'],
  production: true,
});
// The plain-SQL floor reads every schema and pg_stat_statements: the administrator's connection.
const sql = new pg.Client({ connectionString: system.adminDatabaseUrl });
await sql.connect();
await sql.query('create extension if not exists pg_stat_statements');

const sdl = (await composeSupergraph(SUBGRAPHS)).subgraphs;
const peer = ENGINES.includes(PEER_ENGINE)
  ? await startGrafbasePeer(system.subgraphs.map((subgraph) => ({ ...subgraph, sdl: sdl.get(subgraph.name)! })))
  : null;
const gateways: { engine: string; url: string }[] = [
  ...system.gateways.filter(({ engine }) => ENGINES.includes(engine)),
  ...(peer ? [{ engine: PEER_ENGINE, url: peer.url }] : []),
];

const scenario = demoScenario(system.plan);
const someone = system.plan.persons.find((person) => person.residenceNeighborhoodId === scenario.neighborhood.id)!;

interface Operation {
  name: string;
  role: Role;
  query: string;
  variables?: Record<string, unknown>;
  /** The same rows fetched with SQL alone. */
  floor: { text: string; values?: unknown[] }[];
}

const operations: Operation[] = [
  {
    name: 'district map (streets, communities, neighborhoods)',
    role: Role.DISTRICT,
    query: '{ districts { nodes { name streets { name communities { name neighborhoods { name kind } } } } } }',
    floor: [
      {
        text: `select d.name, s.name, c.name, n.name, n.kind from registry.district d join registry.street s on s.district_id = d.id
               join registry.community c on c.street_id = s.id join registry.neighborhood n on n.community_id = c.id order by s.name, c.name, n.name`,
      },
    ],
  },
  {
    name: "company's neighborhoods with branch, committee and requests",
    role: Role.PROPERTY_COMPANY,
    query:
      '{ neighborhoods(first: 100) { nodes { name partyBranch { name } ownersCommittee { status } serviceRequests(first: 20) { totalCount nodes { id status } } } } }',
    floor: [
      { text: 'select n.id, n.name from property.service_contract c join registry.neighborhood n on n.id = c.neighborhood_id where c.company_id = $1 and c.ended_on is null', values: [scenario.company.id] },
      { text: "select name, neighborhood_ids from party.organization where neighborhood_ids && $1::uuid[] and kind = 'NEIGHBORHOOD_BRANCH'", values: [scenario.company.neighborhoodIds] },
      { text: 'select neighborhood_id, status from owners.owners_committee where neighborhood_id = any($1::uuid[])', values: [scenario.company.neighborhoodIds] },
      { text: 'select id, status, neighborhood_id from property.service_request where neighborhood_id = any($1::uuid[]) order by created_at desc', values: [scenario.company.neighborhoodIds] },
    ],
  },
  {
    name: 'district dashboard (four subgraphs)',
    role: Role.DISTRICT,
    query:
      '{ districts { nodes { name partyStatistics { neighborhoodBranches buildingGroups centralHouseholds serviceStations fiveStarBranches } propertyStatistics { companyCount requests { completionRate satisfactionRate } } ownersStatistics { formationRatePercent committeeMembers } cobuildingStatistics { pairings } } } }',
    floor: [
      { text: 'select kind, count(*) from party.organization group by kind' },
      { text: 'select count(*) from party.central_household' },
      { text: 'select count(*) from party.service_station' },
      { text: 'select status, count(*), avg(satisfaction) from property.service_request group by status' },
      { text: 'select count(*) from owners.owners_committee' },
      { text: 'select count(*) from owners.committee_member' },
      { text: 'select count(*) from cobuilding.pairing' },
    ],
  },
  {
    name: "a person's posts across four subgraphs",
    role: Role.DISTRICT,
    query: 'query($id: ID!) { person(id: $id) { name partyPosts { kind } committeePosts { role } propertyPosts { kind } unitPosts { title } } }',
    variables: { id: someone.id },
    floor: [
      { text: 'select name from registry.person where id = $1', values: [someone.id] },
      { text: 'select kind from party.post where person_id = $1', values: [someone.id] },
      { text: 'select role from owners.committee_member where person_id = $1', values: [someone.id] },
      { text: 'select kind from property.property_post where person_id = $1', values: [someone.id] },
      { text: 'select title from cobuilding.unit_post where person_id = $1', values: [someone.id] },
    ],
  },
];

operations.push(communityDashboardOperation(system.plan.district.id));

async function graphql(url: string, token: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors) throw new Error(`${body.errors[0].message} (${query.slice(0, 60)})`);
  return body.data;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
async function timed(run: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < RUNS; index++) {
    const start = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b);
}
async function statementCount(): Promise<number> {
  const { rows } = await sql.query<{ calls: string }>(
    "select coalesce(sum(calls), 0) as calls from pg_stat_statements where query not like '%pg_stat_statements%'",
  );
  return Number(rows[0].calls);
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Statements the services' background jobs (event relays, deadline and escalation checks) send per 500 ms at rest. */
const BACKGROUND_PER_HALF_SECOND = await (async () => {
  const start = await statementCount();
  await sleep(2000);
  return ((await statementCount()) - start) / 4;
})();
/**
 * The count once the previous engine's load has drained: requests still in flight when autocannon stops would
 * otherwise be counted against the next engine's run. Drained means no more statements in half a second than the
 * background jobs send at rest (they never stop, so "no statements at all" may never come); at most 10 s.
 */
async function settledStatementCount(): Promise<number> {
  let count = await statementCount();
  for (let waited = 0; waited < 10_000; waited += 500) {
    await sleep(500);
    const next = await statementCount();
    if (next - count <= BACKGROUND_PER_HALF_SECOND * 2 + 1) return next;
    count = next;
  }
  return count;
}

const lines: string[] = [];
for (const operation of operations) {
  const token = system.tokens.get(operation.role)!;
  const floor = await timed(async () => {
    for (const statement of operation.floor) await sql.query(statement.text, statement.values);
  });
  for (const { engine, url } of gateways) {
    await graphql(url, token, operation.query, operation.variables); // warm-up: connections, plans, caches
    const beforeStatements = await settledStatementCount();
    await graphql(url, token, operation.query, operation.variables);
    const statements = (await statementCount()) - beforeStatements;
    const profiledFrom = profiling.now();
    const graph = await timed(() => graphql(url, token, operation.query, operation.variables));
    // Throughput on distinct requests: each request comes from one of DISTINCT_CALLERS callers with the same claims
    // (its own token), so no gateway can answer concurrent requests with one subgraph call.
    const callers = await Promise.all(Array.from({ length: DISTINCT_CALLERS }, (_, n) => system.freshTokens.token(operation.role, `bench-caller-${n}`)));
    let sent = 0;
    const load = await autocannon({
      url,
      connections: CONNECTIONS,
      duration: SECONDS,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: operation.query, variables: operation.variables }),
      requests: [{ setupRequest: (request) => ({ ...request, headers: { ...request.headers, authorization: `Bearer ${callers[sent++ % callers.length]}` } }) }],
    });
    profiling.record({ operation: operation.name, engine, unit: 'request', units: RUNS + load.requests.total, startMicros: profiledFrom, endMicros: profiling.now() });
    lines.push(
      `| ${operation.name} | ${engine} | ${percentile(graph, 50).toFixed(1)} | ${percentile(graph, 95).toFixed(1)} | ${percentile(graph, 99).toFixed(1)} | ${load.requests.average.toFixed(0)} | ${load.non2xx + load.errors} | ${statements} | ${percentile(floor, 50).toFixed(2)} (${operation.floor.length}) | ${(percentile(graph, 50) / percentile(floor, 50)).toFixed(1)}× |`,
    );
    console.log(lines.at(-1));
  }
}

// Recording ballots: the committee enters paper ballots for every unit of the demo neighborhood from many clients
// at once, one ballot per request and then BALLOTS_PER_REQUEST per request (aliases, within the alias limit); each
// engine and each way gets motions of its own.
const committee = system.tokens.get(Role.OWNERS_COMMITTEE)!;
const main = system.gateways[0].url;
const signed = (await graphql(main, committee, 'query($id: ID!) { neighborhood(id: $id) { signedOwnersRoster } }', { id: scenario.neighborhood.id })) as { neighborhood: { signedOwnersRoster: string } };
await graphql(main, committee, 'mutation($input: RecordOwnersElectorateInput!) { recordOwnersElectorate(input: $input) { unitCount } }', {
  input: { neighborhoodId: scenario.neighborhood.id, signedRoster: signed.neighborhood.signedOwnersRoster },
});
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString();
const BALLOTS_PER_REQUEST = 15;
const ballotRuns = gateways.flatMap((gateway) => [1, BALLOTS_PER_REQUEST].map((perRequest) => ({ ...gateway, perRequest })));
// An assembly has at most 20 motions: up to five for each run (three with three engines).
const MOTIONS_PER_RUN = Math.min(5, Math.floor(20 / ballotRuns.length));
const convened = (await graphql(main, committee, 'mutation($input: ConveneOwnersAssemblyInput!) { conveneOwnersAssembly(input: $input) { motions { id } } }', {
  input: {
    title: '基准测试业主大会',
    form: 'ONLINE',
    meetsOn: day(16),
    motions: Array.from({ length: MOTIONS_PER_RUN * ballotRuns.length }, (_, index) => ({ title: `议题${index + 1}`, category: 'OTHER_MAJOR_MATTER' })),
  },
})) as { conveneOwnersAssembly: { motions: { id: string }[] } };
// Voting opens when the assembly meets: restart the owners subgraph with its clock 17 days on. A moved clock is
// refused in production, so the owners subgraph runs outside it from here on (graphql-js's slower instanceof checks).
await system.stopService('owners');
await system.restart('owners', { CLOCK_OFFSET: '17d', NODE_ENV: 'development' });
const units = system.plan.units.filter((unit) => unit.neighborhoodId === scenario.neighborhood.id).map((unit) => unit.id);
const ballotLines: string[] = [];
for (const [index, { engine, url, perRequest }] of ballotRuns.entries()) {
  const motions = convened.conveneOwnersAssembly.motions.slice(index * MOTIONS_PER_RUN, (index + 1) * MOTIONS_PER_RUN);
  const ballots = motions.flatMap((motion) => units.map((unitId) => ({ motionId: motion.id, unitId, choice: 'FOR', idempotencyKey: `bench-${motion.id.slice(0, 8)}-${unitId}` })));
  const mutation = `mutation(${Array.from({ length: perRequest }, (_, n) => `$b${n}: CastOwnersBallotInput!`).join(', ')}) {
    ${Array.from({ length: perRequest }, (_, n) => `b${n}: castOwnersBallot(input: $b${n}) { id }`).join(' ')} }`;
  const beforeStatements = await statementCount();
  let next = 0;
  const ballotStart = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CONNECTIONS * 2 }, async () => {
      while (next < ballots.length) {
        const batch = ballots.slice(next, next + perRequest);
        next += perRequest;
        if (batch.length === perRequest) {
          await graphql(url, committee, mutation, Object.fromEntries(batch.map((ballot, n) => [`b${n}`, ballot])));
        } else {
          for (const ballot of batch) await graphql(url, committee, 'mutation($b0: CastOwnersBallotInput!) { b0: castOwnersBallot(input: $b0) { id } }', { b0: ballot });
        }
      }
    }),
  );
  const ballotSeconds = Number(process.hrtime.bigint() - ballotStart) / 1e9;
  profiling.record({ operation: `ballots, ${perRequest} per request`, engine, unit: 'ballot', units: ballots.length, startMicros: Number(ballotStart / 1000n), endMicros: profiling.now() });
  const statements = (await statementCount()) - beforeStatements;
  ballotLines.push(
    `| ${engine} | ${perRequest} | ${ballots.length} | ${CONNECTIONS * 2} | ${ballotSeconds.toFixed(1)} | ${(ballots.length / ballotSeconds).toFixed(0)} | ${(statements / ballots.length).toFixed(2)} |`,
  );
  console.log(ballotLines.at(-1));
}
const [{ version }] = (await sql.query<{ version: string }>('select version()')).rows;

await sql.end();
await peer?.stop();
profiling.save();
await system.stop();

console.log(`
Benchmark on ${profile.districtName} (${system.plan.neighborhoods.length} neighborhoods, ${system.plan.units.length} units).
Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${version.split(' on ')[0]};
each service in its own process on this machine, one gateway process per engine in front of the same subgraphs
(grafbase: Grafbase's Rust gateway, \`grafbase dev\` of @grafbase/cli ${GRAFBASE_VERSION}, as a peer).
Latency over ${RUNS} sequential runs after a warm-up; throughput with ${CONNECTIONS} concurrent clients for ${SECONDS}s, each request from one of ${DISTINCT_CALLERS} distinct callers;
statements counted by pg_stat_statements for one run; floor = the same rows with SQL alone over one connection
(statements in brackets).

| operation | gateway | p50 ms | p95 ms | p99 ms | req/s | errors | SQL statements | floor p50 ms | p50 ÷ floor |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${lines.join('\n')}

Recording ballots (every unit of one neighborhood on ${MOTIONS_PER_RUN} motions per row, from ${CONNECTIONS * 2} clients at once):

| gateway | ballots per request | ballots | clients | seconds | ballots/s | SQL statements per ballot |
| --- | --- | --- | --- | --- | --- | --- |
${ballotLines.join('\n')}
`);
if (profiling.directory) console.log(`CPU profiles in ${profiling.directory}:\n\n${formatSummary(summariseProfiles(profiling.directory))}`);
process.exit(0);
