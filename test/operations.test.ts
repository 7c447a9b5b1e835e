import { Role } from '../subgraphs/platform/access/role.js';
import { startGraph, type GraphStack } from './harness/graph-stack.js';

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const base = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '');

describe('probes and metrics for orchestrators', () => {
  it('answers health and readiness on the gateway and every subgraph, without credentials', async () => {
    const services = [['gateway', graph.gatewayUrl], ...[...graph.subgraphs].map(([name, running]) => [name, running.url])];
    for (const [service, url] of services) {
      for (const probe of ['health', 'ready']) {
        const response = await fetch(`${base(url)}/${probe}`);
        expect({ service, probe, status: response.status, body: await response.json() }).toEqual({
          service,
          probe,
          status: 200,
          body: { status: probe === 'health' ? 'ok' : 'ready', service },
        });
      }
    }
  });

  it('counts GraphQL operations by outcome in Prometheus format', async () => {
    await graph.graphql('{ districts { totalCount } }', { token: graph.tokens.get(Role.DISTRICT) });
    await graph.graphql('{ neighborhood(id: "00000000-0000-4000-8000-000000000000") { name } }', { token: graph.tokens.get(Role.DISTRICT) });
    const gateway = await (await fetch(`${base(graph.gatewayUrl)}/metrics`)).text();
    expect(gateway).toMatch(/graphql_operations_total\{[^}]*type="query"[^}]*outcome="ok"[^}]*\} [1-9]/);
    expect(gateway).toMatch(/graphql_operations_total\{[^}]*type="query"[^}]*outcome="error"[^}]*\} [1-9]/);
    const registry = await (await fetch(`${base(graph.subgraphs.get('registry')!.url)}/metrics`)).text();
    expect(registry).toMatch(/graphql_operation_duration_seconds_count\{[^}]*service="registry"/);
  });
});
