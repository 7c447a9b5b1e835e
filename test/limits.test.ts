import { Role } from '../subgraphs/platform/access/role.js';
import { DEFAULT_LIMITS } from '../gateway/src/limits.js';
import { startGraph, type GraphStack } from './harness/graph-stack.js';

let graph: GraphStack;
let token: string;
beforeAll(async () => {
  graph = await startGraph();
  token = graph.tokens.get(Role.DISTRICT)!;
});
afterAll(async () => {
  await graph?.stop();
});

/** Sends an operation and checks it was refused with `code` before any subgraph ran a statement. */
async function expectRefused(body: unknown, status: number, code: string): Promise<string[]> {
  graph.resetSqlCount();
  const response = await fetch(graph.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const json = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  expect({ status: response.status, codes: json.errors?.map((error) => error.extensions?.code), data: json.data }).toEqual({
    status,
    codes: expect.arrayContaining([code]),
    data: undefined,
  });
  expect(graph.sqlStatements('registry')).toBe(0);
  return json.errors!.map((error) => error.message);
}

describe('operation limits at the gateway', () => {
  it(`refuses selections deeper than ${DEFAULT_LIMITS.maxDepth}`, async () => {
    let selection = 'name';
    for (let level = 0; level < 7; level++) selection = `streets { district { ${selection} } }`;
    const messages = await expectRefused({ query: `{ districts { nodes { ${selection} } } }` }, 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(messages[0]).toMatch(/depth limit/i);
  });

  it(`refuses more than ${DEFAULT_LIMITS.maxAliases} aliases`, async () => {
    const aliases = Array.from({ length: DEFAULT_LIMITS.maxAliases + 1 }, (_, index) => `a${index}: districts { totalCount }`).join(' ');
    const messages = await expectRefused({ query: `{ ${aliases} }` }, 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(messages[0]).toMatch(/aliases/i);
  });

  it(`refuses more than ${DEFAULT_LIMITS.maxDirectives} directives`, async () => {
    const fields = Array.from({ length: DEFAULT_LIMITS.maxDirectives + 1 }, () => 'name @include(if: true)').join(' ');
    const messages = await expectRefused({ query: `{ districts { nodes { ${fields} } } }` }, 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(messages[0]).toMatch(/directives/i);
  });

  it(`refuses documents of more than ${DEFAULT_LIMITS.maxTokens} tokens`, async () => {
    const fields = Array.from({ length: DEFAULT_LIMITS.maxTokens }, () => 'totalCount').join(' ');
    const messages = await expectRefused({ query: `{ districts { ${fields} } }` }, 400, 'GRAPHQL_PARSE_FAILED');
    expect(messages[0]).toMatch(/token/i);
  });

  it(`refuses operations whose estimated cost exceeds ${DEFAULT_LIMITS.maxCost} (lists count by their page size)`, async () => {
    const messages = await expectRefused(
      { query: '{ a: neighborhoods(first: 100) { nodes { serviceRequests(first: 100) { nodes { id } } } } b: neighborhoods(first: 100) { nodes { serviceRequests(first: 100) { nodes { id } } } } }' },
      400,
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(messages[0]).toMatch(/cost/i);
  });

  it('refuses circular fragments', async () => {
    await expectRefused(
      { query: '{ districts { nodes { ...A } } } fragment A on District { streets { district { ...B } } } fragment B on District { ...A }' },
      400,
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it('refuses batched requests', async () => {
    await expectRefused([{ query: '{ districts { totalCount } }' }, { query: '{ districts { totalCount } }' }], 400, 'BAD_REQUEST');
  });

  it(`refuses bodies over ${DEFAULT_LIMITS.maxBody} with 413`, async () => {
    const huge = JSON.stringify({ query: '{ districts { totalCount } }', variables: { padding: 'x'.repeat(200_000) } });
    await expectRefused(huge, 413, 'BAD_USER_INPUT');
  });

  it('does not suggest field names in errors', async () => {
    const messages = await expectRefused({ query: '{ district { nam } }' }, 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(messages.join(' ')).not.toMatch(/did you mean/i);
  });

  it('refuses introspection when it is switched off', async () => {
    await expectRefused({ query: '{ __schema { types { name } } }' }, 400, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('still runs an ordinary deep operation within the limits', async () => {
    const response = await graph.graphql('{ districts { nodes { streets { communities { neighborhoods { buildings { units { number } } } } } } } }', { token });
    expect(response.body.errors).toBeUndefined();
  });
});

describe('a subgraph that does not answer', () => {
  it('fails its part of the plan after the timeout, with a clear error', async () => {
    const { createServer } = await import('node:http');
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    const gateway = await graph.startGateway({
      subgraphUrls: Object.fromEntries([...graph.subgraphs.keys()].map((name) => [name, `http://127.0.0.1:${port}/graphql`])),
      limits: { subgraphTimeoutMs: 300 },
    });
    try {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ districts { totalCount } }' }),
      });
      expect(await response.json()).toEqual({
        data: null,
        errors: [{ message: 'A service behind the gateway did not answer within 300 ms. Try again later.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      });
    } finally {
      await gateway.stop();
      silent.closeAllConnections();
      silent.close();
    }
  });
});
