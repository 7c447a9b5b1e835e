import { Role } from '../subgraphs/platform/access/role.js';
import type { RunningServer } from '../subgraphs/platform/http/subgraph-server.js';
import { startGraph, TEST_GATEWAY_ENGINE, gatewayHeaders, type GraphStack } from './harness/graph-stack.js';

/** A value that must never reach a response or a log line; each malformed request carries it. */
const CANARY = 'Kanari7Q9zX';
const ID_NUMBER = '11010519491231002X';

function nested(depth: number): unknown {
  let value: unknown = CANARY;
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

/** Malformed requests, each as a raw JSON body (some shapes, such as 1e309, exist only as JSON text). */
const MALFORMED: [string, string][] = [
  ['an Int over 32 bits', `{"query":"query($n: Int) { neighborhoods(first: $n) { totalCount } }","variables":{"n":2147483648}}`],
  ['a fraction for an Int', `{"query":"query($n: Int) { neighborhoods(first: $n) { totalCount } }","variables":{"n":1.5}}`],
  ['1e309 for an Int', `{"query":"query($n: Int) { neighborhoods(first: $n) { totalCount } }","variables":{"n":1e309}}`],
  ['a string for an Int', JSON.stringify({ query: 'query($n: Int) { neighborhoods(first: $n) { totalCount } }', variables: { n: CANARY } })],
  ['an unknown enum value', JSON.stringify({ query: 'query($f: NeighborhoodFilter) { neighborhoods(filter: $f) { totalCount } }', variables: { f: { kind: CANARY } } })],
  ['an object for a String', JSON.stringify({ query: 'query($i: String!) { personByIdNumber(idNumber: $i) { id } }', variables: { i: { value: CANARY } } })],
  ['an ID number inside an array', JSON.stringify({ query: 'query($i: String!) { personByIdNumber(idNumber: $i) { id } }', variables: { i: [ID_NUMBER] } })],
  ['an unknown input field', JSON.stringify({ query: 'mutation($p: CreatePersonInput!) { createPerson(input: $p) { id } }', variables: { p: { name: 'x', communityId: '00000000-0000-4000-8000-000000000001', [CANARY]: 1 } } })],
  ['arrays nested 4,000 deep', JSON.stringify({ query: 'query($i: String!) { personByIdNumber(idNumber: $i) { id } }', variables: { i: nested(4000) } })],
  ['a NUL byte in a variable', JSON.stringify({ query: 'query($i: String!) { personByIdNumber(idNumber: $i) { id } }', variables: { i: `${CANARY}\u0000` } })],
  ['a NUL byte in a literal', JSON.stringify({ query: `{ personByIdNumber(idNumber: "${CANARY}\\u0000") { id } }` })],
  ['a string literal for an Int', JSON.stringify({ query: `{ neighborhoods(first: "${CANARY}") { totalCount } }` })],
  ['a fraction literal for an ID', JSON.stringify({ query: '{ neighborhood(id: 1.5) { id } }' })],
  ['an enum literal that does not exist', JSON.stringify({ query: `{ neighborhoods(filter: { kind: ${CANARY} }) { totalCount } }` })],
  ['a DateTime literal that is not one', JSON.stringify({ query: `mutation { recordCommitteeMeeting(input: { heldAt: "${CANARY}" }) { id } }` })],
  ['a malformed Decimal variable', JSON.stringify({ query: 'mutation($a: UpdateUnitInput!) { updateUnit(input: $a) { id } }', variables: { a: { id: '00000000-0000-4000-8000-000000000001', version: 1, area: CANARY } } })],
  ['a string token where a name belongs', JSON.stringify({ query: `{ neighborhoods(first: 1 "${CANARY}") { totalCount } }` })],
];

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function send(url: string, token: string, body: string): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

describe('malformed input: one answer on both gateway engines, never echoed, never logged', () => {
  const lines: string[] = [];
  let graph: GraphStack;
  let other: RunningServer;

  beforeAll(async () => {
    graph = await startGraph({ logSink: (line) => lines.push(line) });
    other = await graph.startGateway({ engine: TEST_GATEWAY_ENGINE === 'hive' ? 'apollo' : 'hive', logName: 'gateway-other', logSink: (line) => lines.push(line) });
  });
  afterAll(async () => {
    await other?.stop();
    await graph?.stop();
  });

  it.each(MALFORMED)('%s: BAD_USER_INPUT with the same status and message from both engines', async (_shape, body) => {
    const token = graph.tokens.get(Role.DISTRICT)!;
    const [first, second] = [await send(graph.gatewayUrl, token, body), await send(other.url, token, body)];
    expect(second).toEqual(first);
    expect(first.status).toBe(400);
    expect(first.body.errors?.map((error) => error.extensions?.code)).toEqual(first.body.errors?.map(() => expect.stringMatching(/^(BAD_USER_INPUT|GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED)$/)));
    expect(first.body.errors?.length).toBeGreaterThan(0);
    const text = JSON.stringify(first.body);
    expect(text).not.toContain(CANARY);
    expect(text).not.toContain(ID_NUMBER);
    expect(text).not.toContain('2147483648');
  });

  it('answers the same straight from the subgraph that owns the field', async () => {
    const token = graph.tokens.get(Role.DISTRICT)!;
    for (const [shape, body] of MALFORMED) {
      const answer = await graph.subgraphRequest('registry', body, gatewayHeaders('registry', token));
      expect({ shape, echoed: JSON.stringify(answer.body).includes(CANARY) }).toEqual({ shape, echoed: false });
      expect({ shape, code: answer.body.errors?.[0]?.extensions?.code, body: answer.body }).toEqual({
        shape,
        code: expect.stringMatching(/^(BAD_USER_INPUT|GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED)$/),
        body: answer.body,
      });
    }
  });

  it('wrote none of the values to any service log, at any level', () => {
    // The logs are on (level trace): the sink saw the services start, so an empty search proves something.
    expect(lines.length).toBeGreaterThan(0);
    const leaking = lines.filter((line) => line.includes(CANARY) || line.includes(ID_NUMBER) || line.includes('2147483648') || line.includes('1e309'));
    expect(leaking).toEqual([]);
  });
});
