import { buildASTSchema, parse, type GraphQLField } from 'graphql';
import pg from 'pg';
import { Role } from '../subgraphs/platform/access/role.js';
import { demoScenario } from '../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from './harness/graph-stack.js';
import { outsiderClaims } from './mutation-matrix/outsiders.js';
import { MATRIX } from './mutation-matrix/targets.js';
import { operationFor, variablesFor, type Targets } from './mutation-matrix/variables.js';

const REFUSED = new Set(['NOT_FOUND', 'FORBIDDEN']);
/** A fingerprint of every table of the subgraphs' schemas (named as the subgraphs are): any row added, changed or removed changes it. */
async function fingerprint(client: pg.Client, schemas: string[]): Promise<Map<string, string>> {
  const { rows: tables } = await client.query<{ name: string }>(
    `select table_schema || '.' || table_name as name from information_schema.tables
      where table_schema = any($1) and table_type = 'BASE TABLE' and table_name not like 'mikro_orm%' order by 1`,
    [schemas],
  );
  const prints = new Map<string, string>();
  for (const { name } of tables) {
    const { rows } = await client.query<{ print: string }>(`select md5(coalesce(string_agg(t::text, ',' order by t::text), '')) as print from ${name} t`);
    prints.set(name, rows[0].print);
  }
  return prints;
}

/** For each table, a row of the target neighborhood, else of its community, else of its street, else any row. */
async function targetRows(client: pg.Client, schemas: string[], place: { neighborhoodId: string; communityId: string; streetId: string }): Promise<Map<string, string[]>> {
  const { rows: columns } = await client.query<{ name: string; column_name: string }>(
    `select table_schema || '.' || table_name as name, column_name from information_schema.columns
      where table_schema = any($1) and column_name in ('id', 'neighborhood_id', 'community_id', 'street_id')`,
    [schemas],
  );
  const byTable = new Map<string, Set<string>>();
  for (const { name, column_name } of columns) byTable.set(name, (byTable.get(name) ?? new Set()).add(column_name));
  const rows = new Map<string, string[]>();
  for (const [name, has] of byTable) {
    if (!has.has('id')) continue;
    const where = has.has('neighborhood_id') ? ['neighborhood_id', place.neighborhoodId] : has.has('community_id') ? ['community_id', place.communityId] : has.has('street_id') ? ['street_id', place.streetId] : null;
    const { rows: found } = where
      ? await client.query<{ id: string }>(`select id from ${name} where ${where[0]} = $1 order by id limit 2`, [where[1]])
      : await client.query<{ id: string }>(`select id from ${name} order by id limit 2`);
    if (found.length) rows.set(name, found.map((row) => row.id));
  }
  return rows;
}

/** Runs `work` over `items`, `limit` at a time. */
async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

/** Records the demo data does not hold, made by the target's own offices so that outsiders have something to aim at. */
async function ownRecords(graph: GraphStack, placeCertificate: string, streetId: string): Promise<Map<string, string[]>> {
  const item = await graph.graphql<{ createPointsItem: { id: string } }>(
    'mutation($input: CreatePointsItemInput!) { createPointsItem(input: $input) { id } }',
    { token: graph.tokens.get(Role.COMMUNITY), variables: { input: { place: { certificate: placeCertificate }, name: '洗衣液', points: 20, stock: 5 } } },
  );
  expect(item.body).toEqual({ data: { createPointsItem: { id: expect.any(String) } } });
  const subscription = await graph.graphql<{ createWebhookSubscription: { subscription: { id: string } } }>(
    'mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { subscription { id } } }',
    { token: graph.tokens.get(Role.PARTY_BRANCH), variables: { input: { url: 'https://hooks.example.org/branch', eventTypes: ['governance.matter.proposed'] } } },
  );
  expect(subscription.body).toEqual({ data: { createWebhookSubscription: { subscription: { id: expect.any(String) } } } });
  const delegation = await graph.graphql<{ delegateOwnersVotingRules: { id: string } }>(
    'mutation($input: DelegateOwnersVotingRulesInput!) { delegateOwnersVotingRules(input: $input) { id } }',
    { token: graph.tokens.get(Role.DISTRICT), variables: { input: { streetId, placeCertificate } } },
  );
  expect(delegation.body).toEqual({ data: { delegateOwnersVotingRules: { id: expect.any(String) } } });
  const entry = await graph.graphql<{ recordOwnersFundEntry: { id: string } }>(
    'mutation($input: RecordOwnersFundEntryInput!) { recordOwnersFundEntry(input: $input) { id } }',
    { token: graph.tokens.get(Role.OWNERS_COMMITTEE), variables: { input: { kind: 'MAINTENANCE_FUND_USE', amount: '100', purpose: '水泵抢修', emergencyReason: '水泵故障，高层住户停水' } } },
  );
  expect(entry.body).toEqual({ data: { recordOwnersFundEntry: { id: expect.any(String) } } });
  return new Map([
    ['owners.owners_voting_rule_delegation', [delegation.body.data!.delegateOwnersVotingRules.id]],
    ['owners.owners_fund_entry', [entry.body.data!.recordOwnersFundEntry.id]],
    ['cobuilding.points_item', [item.body.data!.createPointsItem.id]],
    ['notifications.webhook_subscription', [subscription.body.data!.createWebhookSubscription.subscription.id]],
  ]);
}

describe('mutation authorization matrix: every mutation of the supergraph, every role, from outside the target', () => {
  let graph: GraphStack;
  let client: pg.Client;
  let mutations: GraphQLField<unknown, unknown>[];
  beforeAll(async () => {
    graph = await startGraph();
    client = new pg.Client({ connectionString: graph.adminDatabaseUrl });
    await client.connect();
    const schema = buildASTSchema(parse(graph.supergraphSdl), { assumeValidSDL: true });
    mutations = Object.values(schema.getMutationType()!.getFields()).filter((field) => !field.astNode?.directives?.some((d) => d.name.value === 'inaccessible'));
  });
  afterAll(async () => {
    await client?.end();
    await graph?.stop();
  });

  it('has an entry for every mutation (a new mutation must say how to aim it at a foreign target)', () => {
    const missing = mutations.map((field) => field.name).filter((name) => !(name in MATRIX));
    expect(
      missing.map((name) => `${name}: add \`${name}: {}\` to test/mutation-matrix/targets.ts (with vars for ids its field names do not tell, and allowed for roles acting only on their own organisation)`),
    ).toEqual([]);
    expect(Object.keys(MATRIX).filter((name) => !mutations.some((field) => field.name === name))).toEqual([]);
  });

  it('refuses every role outside the target with NOT_FOUND or FORBIDDEN, and stores nothing', async () => {
    const { neighborhood, community, street } = demoScenario(graph.plan);
    const certificate = await graph.graphql<{ neighborhood: { placeCertificate: string } }>('query($id: ID!) { neighborhood(id: $id) { placeCertificate } }', {
      token: graph.tokens.get(Role.DISTRICT),
      variables: { id: neighborhood.id },
    });
    const own = await ownRecords(graph, certificate.body.data!.neighborhood.placeCertificate, neighborhood.streetId);
    const schemas = [...graph.subgraphs.keys()];
    const rows = new Map([...(await targetRows(client, schemas, { neighborhoodId: neighborhood.id, communityId: community.id, streetId: street.id })), ...own]);
    const matters = await graph.graphql<{ governanceMatters: { nodes: { linkCertificate: string | null }[] } }>(
      'query($id: ID!) { governanceMatters(neighborhoodId: $id, first: 50) { nodes { linkCertificate } } }',
      { token: graph.tokens.get(Role.PARTY_BRANCH), variables: { id: neighborhood.id } },
    );
    const targets: Targets = {
      districtId: graph.plan.district.id,
      streetId: street.id,
      communityId: community.id,
      neighborhoodId: neighborhood.id,
      placeCertificate: certificate.body.data!.neighborhood.placeCertificate,
      matterCertificate: matters.body.data?.governanceMatters.nodes.find((node) => node.linkCertificate)?.linkCertificate ?? 'none',
      row: (table, index = 0) => {
        const found = rows.get(table)?.[index];
        if (!found) throw new Error(`No row of ${table} in the demo data near the target: pick another table in test/mutation-matrix.`);
        return found;
      },
    };
    const outsiders = outsiderClaims(graph.plan, { streetId: street.id, neighborhoodId: neighborhood.id });
    const tokens = new Map<Role, string>();
    for (const [role, claims] of outsiders) tokens.set(role, await graph.issuer.issue(`matrix-${role}`, claims, { expiresIn: '1h' }));

    const before = await fingerprint(client, schemas);
    const calls = mutations
      .filter((field) => field.name in MATRIX)
      .flatMap((field) => [...tokens.keys()].filter((role) => !MATRIX[field.name].allowed?.includes(role)).map((role) => ({ field, role })));
    const wrong: string[] = [];
    await inParallel(calls, 6, async ({ field, role }) => {
      const variables = variablesFor(field, targets, MATRIX[field.name].vars?.(targets) ?? {});
      const response = await graph.graphql(operationFor(field, variables), { token: tokens.get(role), variables });
      const codes = (response.body.errors ?? []).map((error) => String(error.extensions?.code));
      if (codes.length === 0 || !codes.every((code) => REFUSED.has(code))) {
        wrong.push(`${field.name} as ${role}: ${codes.length ? response.body.errors!.map((error) => `${error.extensions?.code} ${error.message}`).join('; ') : 'succeeded'}`);
      }
    });
    const after = await fingerprint(client, schemas);
    const changed = [...after].filter(([table, print]) => before.get(table) !== print).map(([table]) => table);
    expect({ calls: calls.length, wrong: wrong.sort(), changed }).toEqual({ calls: calls.length, wrong: [], changed: [] });
  }, 600_000);
});
