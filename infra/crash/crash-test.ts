import 'reflect-metadata';
import pg from 'pg';
import { Role } from '../../subgraphs/platform/access/role.js';
import { integerVariable } from '../../subgraphs/platform/config/environment.js';
import { LIANGSHAN } from '../demo/profiles.js';
import { demoScenario } from '../demo/demo-tokens.js';
import { startScratchSystem } from '../start/scratch-system.js';

// `npm run crash`: owners' ballots recorded by concurrent clients that retry, while the owners subgraph is killed
// with SIGKILL and restarted. Then every acknowledged ballot must be stored exactly once. Loopback only, bounded.
const KILLS = integerVariable(process.env, 'CRASH_KILLS', 3, 1, 20);
const CLIENTS = integerVariable(process.env, 'CRASH_CLIENTS', 8, 1, 64);
const RETRY_MS = 150;
const GIVE_UP_MS = 60_000;

const system = await startScratchSystem({ name: 'crash', profile: LIANGSHAN, logLevel: 'fatal' });
system.watch((name, code) => console.error(`${name} exited unexpectedly (${code})`));

async function call<T>(token: string, query: string, variables: Record<string, unknown>): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const response = await fetch(system.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  return (await response.json()) as never;
}

let exitCode = 1;
try {
  const committeeToken = system.tokens.get(Role.OWNERS_COMMITTEE)!;
  const { neighborhood } = demoScenario(system.plan);
  const units = system.plan.units.filter((unit) => unit.neighborhoodId === neighborhood.id).map((unit) => unit.id);

  const signed = await call<{ neighborhood: { signedOwnersRoster: string } }>(committeeToken, 'query($id: ID!) { neighborhood(id: $id) { signedOwnersRoster } }', { id: neighborhood.id });
  await call(committeeToken, 'mutation($input: RecordOwnersElectorateInput!) { recordOwnersElectorate(input: $input) { unitCount } }', {
    input: { neighborhoodId: neighborhood.id, signedRoster: signed.data?.neighborhood.signedOwnersRoster },
  });
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString();
  const convened = await call<{ conveneOwnersAssembly: { motions: { id: string }[] } }>(
    committeeToken,
    'mutation($input: ConveneOwnersAssemblyInput!) { conveneOwnersAssembly(input: $input) { motions { id } } }',
    {
      input: {
        title: '崩溃测试业主大会',
        form: 'WRITTEN',
        meetsOn: day(16),
        motions: [
          { title: '续聘物业服务企业', category: 'HIRE_OR_DISMISS_PROPERTY_COMPANY' },
          { title: '修订管理规约', category: 'MANAGEMENT_COVENANT' },
        ],
      },
    },
  );
  if (!convened.data) throw new Error(`could not convene the assembly: ${JSON.stringify(convened.errors)}`);
  // Voting opens when the assembly meets: restart the owners subgraph with its clock 17 days on.
  system.kill('owners');
  await system.restart('owners', { CLOCK_OFFSET: '17d' });
  const work = convened.data.conveneOwnersAssembly.motions.flatMap((motion) => units.map((unitId) => ({ motionId: motion.id, unitId })));
  console.log(`Recording ${work.length} ballots with ${CLIENTS} clients while the owners subgraph is killed ${KILLS} times…`);

  // Acknowledged ballots: the id the graph returned, by motion and unit.
  const acknowledged = new Map<string, string>();
  let retries = 0;
  let next = 0;
  const client = async () => {
    while (next < work.length) {
      const item = work[next++];
      const input = { ...item, choice: next % 3 === 0 ? 'AGAINST' : 'FOR', idempotencyKey: `crash-${item.motionId.slice(0, 8)}-${item.unitId}` };
      const deadline = Date.now() + GIVE_UP_MS;
      for (;;) {
        try {
          const result = await call<{ castOwnersBallot: { id: string } }>(
            committeeToken,
            'mutation($input: CastOwnersBallotInput!) { castOwnersBallot(input: $input) { id } }',
            { input },
          );
          if (result.data?.castOwnersBallot) {
            acknowledged.set(`${item.motionId}/${item.unitId}`, result.data.castOwnersBallot.id);
            break;
          }
          const code = result.errors?.[0]?.extensions?.code;
          if (code !== 'INTERNAL_SERVER_ERROR') throw new Error(`ballot refused: ${result.errors?.[0]?.message}`);
        } catch (error) {
          if ((error as Error).message.startsWith('ballot refused')) throw error;
        }
        if (Date.now() > deadline) throw new Error(`gave up on ${item.unitId} after ${GIVE_UP_MS} ms`);
        retries++;
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    }
  };
  const chaos = async () => {
    for (let kill = 0; kill < KILLS && next < work.length; kill++) {
      await new Promise((resolve) => setTimeout(resolve, 700));
      system.kill('owners');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await system.restart('owners');
    }
  };
  await Promise.all([...Array.from({ length: CLIENTS }, client), chaos()]);

  // Read back as the owners service itself would: its runtime role may read its ballots.
  const database = new pg.Client({ connectionString: system.runtimeDatabaseUrls.get('owners') });
  await database.connect();
  const { rows } = await database.query<{ id: string; motion_id: string; unit_id: string }>(
    'select id, motion_id, unit_id from owners.owners_ballot where motion_id = any($1)',
    [convened.data.conveneOwnersAssembly.motions.map((motion) => motion.id)],
  );
  await database.end();
  const stored = new Map<string, string[]>();
  for (const row of rows) stored.set(`${row.motion_id}/${row.unit_id}`, [...(stored.get(`${row.motion_id}/${row.unit_id}`) ?? []), row.id]);
  const lost = [...acknowledged].filter(([key, id]) => !(stored.get(key) ?? []).includes(id)).length;
  const duplicated = [...stored.values()].filter((ids) => ids.length > 1).length;
  console.log(`
Crash test: ${KILLS} SIGKILLs of the owners subgraph during ${work.length} ballot submissions by ${CLIENTS} clients.
  acknowledged:  ${acknowledged.size} of ${work.length}
  retries:       ${retries}
  stored:        ${rows.length}
  lost:          ${lost}
  duplicated:    ${duplicated}
`);
  exitCode = lost === 0 && duplicated === 0 && acknowledged.size === work.length ? 0 : 1;
} catch (error) {
  console.error(`Crash test failed: ${(error as Error).message}`);
} finally {
  await system.stop();
  }
process.exit(exitCode);
