import 'reflect-metadata';
import autocannon from 'autocannon';
import os from 'node:os';
import { Role } from '../../subgraphs/platform/access/role.js';
import { integerVariable } from '../../subgraphs/platform/config/environment.js';
import { LIANGSHAN } from '../demo/profiles.js';
import { startScratchSystem } from '../start/scratch-system.js';
import { demoScenario } from '../demo/demo-tokens.js';

// `npm run load`: the whole system on loopback (its own temporary database and ports), K concurrent clients sending a
// mix of operations for a bounded time, then error count and latency percentiles. Stops by itself.
const connections = integerVariable(process.env, 'LOAD_CONNECTIONS', 50, 1, 500);
const seconds = integerVariable(process.env, 'LOAD_SECONDS', 15, 1, 300);
const system = await startScratchSystem({ name: 'load', profile: LIANGSHAN, logLevel: 'error', production: true });

const scenario = demoScenario(system.plan);
const operations: { name: string; role: Role; query: string; variables?: Record<string, unknown> }[] = [
  { name: 'district map', role: Role.DISTRICT, query: '{ districts { nodes { streets { communities { neighborhoods { name kind } } } } } }' },
  {
    name: 'company neighborhoods with branch, contract and requests',
    role: Role.PROPERTY_COMPANY,
    query: '{ neighborhoods(first: 20) { totalCount nodes { name partyBranch { name } propertyContract { id } serviceRequests(first: 10) { totalCount nodes { id } } } } }',
  },
  {
    name: 'district dashboard figures',
    role: Role.DISTRICT,
    query:
      '{ districts { nodes { name partyStatistics { neighborhoodBranches fiveStarBranches } propertyStatistics { requests { completionRate satisfactionRate } } ownersStatistics { formationRatePercent } cobuildingStatistics { pairings } } } }',
  },
  {
    name: 'units of a neighborhood',
    role: Role.OWNERS_COMMITTEE,
    query: 'query($id: ID!) { units(first: 100, filter: { neighborhoodId: $id }) { totalCount nodes { number area developerHeld } } }',
    variables: { id: scenario.neighborhood.id },
  },
  { name: 'resident me', role: Role.RESIDENT, query: '{ me { name phone units { number area neighborhood { name } } } }' },
];

let graphqlErrors = 0;
const result = await autocannon({
  url: system.gatewayUrl,
  connections,
  duration: seconds,
  requests: operations.map((operation) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${system.tokens.get(operation.role)}` },
    body: JSON.stringify({ query: operation.query, variables: operation.variables }),
    onResponse: (_status: number, body: string) => {
      if (body.includes('"errors"')) graphqlErrors++;
    },
  })),
});

await system.stop();

const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors;
console.log(`
Load test: ${connections} concurrent clients for ${seconds}s, ${operations.length} operations in rotation
(${operations.map((operation) => operation.name).join(', ')}), on ${os.cpus().length} cores.
  requests:        ${result.requests.total} (${result.requests.average.toFixed(0)}/s on average)
  errors:          ${errors} (connection ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, GraphQL ${graphqlErrors})
  latency (ms):    p50 ${result.latency.p50}  p90 ${result.latency.p90}  p99 ${result.latency.p99}  max ${result.latency.max}
`);
process.exit(errors === 0 ? 0 : 1);
