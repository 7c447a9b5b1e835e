import 'reflect-metadata';
import { isDeepStrictEqual } from 'node:util';
import { Role } from '../subgraphs/platform/access/role.js';
import { ConfigurationError } from '../subgraphs/platform/config/environment.js';
import { PROFILES } from '../infra/demo/profiles.js';
import { PUBLISHED } from '../infra/demo/published-figures.js';
import { PUBLISHED_DASHBOARD, publishedView, type PublishedDashboardData, type PublishedDistrict } from '../infra/demo/published-dashboard.js';
import { startScratchSystem } from '../infra/start/scratch-system.js';

// `npm run bench:published` (BENCH_PROFILE=jianghan by default, or liangshan): boots the whole system on a scratch
// database with that profile, asks the district dashboard through the gateway (as the district office) and compares
// every figure the report publishes (infra/demo/published-figures.ts, written once from DOMAIN.md §5) with its
// answer. Prints both, how long seeding took, and exits 1 on any difference. The test suite does the same for
// 梁山县 (test/published-figures.test.ts); 江汉区's district takes too long to seed for every `npm test`.
const key = process.env.BENCH_PROFILE ?? 'jianghan';
const district: PublishedDistrict = key === 'liangshan' ? 'liangshan' : key === 'jianghan' ? 'jianghan' : (() => {
  throw new ConfigurationError(`BENCH_PROFILE "${key}" has no published figures; use jianghan or liangshan.`);
})();
const started = Date.now();
const system = await startScratchSystem({ name: 'published', profile: PROFILES[key], logLevel: 'fatal', production: true });
const seconds = ((Date.now() - started) / 1000).toFixed(1);
let failed = false;
try {
  const response = await fetch(system.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${system.tokens.get(Role.DISTRICT)}` },
    body: JSON.stringify({ query: PUBLISHED_DASHBOARD, variables: { district: system.plan.district.id } }),
  });
  const body = (await response.json()) as { data?: PublishedDashboardData; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`the dashboard answered with errors: ${JSON.stringify(body.errors)}`);
  const shown = publishedView(district, body.data);
  const published = PUBLISHED[district] as Record<string, unknown>;
  console.log(`\n${system.plan.district.name}: system up with its demo district in ${seconds}s (${system.plan.neighborhoods.length} neighborhoods, ${system.plan.units.length} units).\n`);
  console.log('figure'.padEnd(32), 'published'.padStart(10), 'dashboard'.padStart(10));
  for (const [figure, value] of Object.entries(published)) {
    const same = isDeepStrictEqual(shown[figure], value);
    failed ||= !same;
    console.log(figure.padEnd(32), String(value).padStart(10), String(shown[figure]).padStart(10), same ? '' : '  ≠');
  }
  console.log(failed ? '\nThe dashboard differs from the published figures.' : '\nThe dashboard shows every published figure.');
} finally {
  await system.stop();
}
process.exit(failed ? 1 : 0);
