import { SignJWT, generateKeyPair } from 'jose';
import { Role } from '../subgraphs/platform/access/role.js';
import { GATEWAY_SECRET_HEADER } from '../subgraphs/platform/access/gateway-secret.js';
import { startGraph, gatewayHeaders, type GraphStack } from './harness/graph-stack.js';
import { TEST_AUDIENCE, TEST_ISSUER } from './harness/test-environment.js';

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const QUERY = '{ districts { totalCount } }';

function refused(message: string) {
  return { errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] };
}

describe('callers without a valid token', () => {
  it('are refused before any planning when no token is sent', async () => {
    const response = await graph.graphql(QUERY);
    expect(response).toEqual({ status: 401, body: refused('Sign in first: send "Authorization: Bearer <token>".') });
  });

  it('are refused when the header is not a bearer token', async () => {
    const response = await fetch(graph.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic dXNlcjpwYXNz' },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual(refused('The Authorization header must be "Bearer <token>".'));
  });

  it('are refused with an expired token', async () => {
    const token = await graph.issuer.issue('someone', { role: Role.DISTRICT, grant: { districtIds: [graph.plan.district.id] } }, { expiresIn: -60 });
    expect(await graph.graphql(QUERY, { token })).toEqual({ status: 401, body: refused('Your token has expired: sign in again.') });
  });

  it('are refused with a token for another audience', async () => {
    const token = await graph.issuer.issue('someone', { role: Role.DISTRICT }, { audience: 'some-other-app' });
    expect(await graph.graphql(QUERY, { token })).toEqual({
      status: 401,
      body: refused('Your token was not issued for this service (aud check failed): sign in again.'),
    });
  });

  it('are refused with a token signed by another key', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ role: Role.DISTRICT, grant: { districtIds: [graph.plan.district.id] } })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('forger')
      .setIssuer(TEST_ISSUER)
      .setAudience(TEST_AUDIENCE)
      .setExpirationTime('1h')
      .sign(privateKey);
    expect(await graph.graphql(QUERY, { token: forged })).toEqual({ status: 401, body: refused('Your token could not be verified: sign in again.') });
  });

  it('are refused with an unsigned token', async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${encode({ alg: 'none' })}.${encode({ sub: 'x', role: 'DISTRICT', iss: TEST_ISSUER, aud: TEST_AUDIENCE, exp: 4102444800 })}.`;
    expect(await graph.graphql(QUERY, { token: unsigned })).toEqual({ status: 401, body: refused('Your token could not be verified: sign in again.') });
  });

  it('are refused with a token whose role the graph does not know', async () => {
    const token = await graph.issuer.issue('someone', { role: 'SUPERUSER' as Role });
    expect(await graph.graphql(QUERY, { token })).toEqual({ status: 401, body: refused('Your token is not usable: claim role is missing or unknown.') });
  });
});

describe('requests sent straight to a subgraph', () => {
  const operations = {
    query: { query: QUERY },
    _service: { query: '{ _service { sdl } }' },
    _entities: {
      query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on District { name } } }',
      variables: { r: [{ __typename: 'District', id: '00000000-0000-4000-8000-000000000000' }] },
    },
  };

  it.each(Object.entries(operations))('are refused without the gateway secret: %s', async (_name, body) => {
    const response = await graph.subgraphRequest('registry', body, { authorization: `Bearer ${graph.tokens.get(Role.DISTRICT)}` });
    expect(response).toEqual({
      status: 401,
      body: { errors: [{ message: 'This service accepts requests only through the gateway.', extensions: { code: 'UNAUTHENTICATED' } }] },
    });
  });

  it('are refused with a wrong gateway secret', async () => {
    const response = await graph.subgraphRequest('registry', operations.query, { [GATEWAY_SECRET_HEADER]: 'guess', authorization: `Bearer ${graph.tokens.get(Role.DISTRICT)}` });
    expect(response.status).toBe(401);
  });

  it("are refused with another subgraph's secret: each accepts only its own", async () => {
    const names = [...graph.subgraphs.keys()];
    const answers: [string, string, number, unknown][] = [];
    for (const holder of names) {
      for (const target of names) {
        const response = await graph.subgraphRequest(target, operations.query, gatewayHeaders(holder, graph.tokens.get(Role.DISTRICT)!));
        answers.push([holder, target, response.status, holder === target ? null : response.body]);
      }
    }
    const refusal = { errors: [{ message: 'This service accepts requests only through the gateway.', extensions: { code: 'UNAUTHENTICATED' } }] };
    expect(answers).toEqual(names.flatMap((holder) => names.map((target) => [holder, target, holder === target ? expect.any(Number) : 401, holder === target ? null : refusal])));
    // With its own secret each subgraph answers (the query is the registry's; others reject it as unknown, not as unauthorised).
    expect(answers.filter(([holder, target]) => holder === target).map(([, target, status]) => [target, status])).toEqual(names.map((name) => [name, name === 'registry' ? 200 : 400]));
  });

  it('are refused with the secret but without a caller token', async () => {
    const response = await graph.subgraphRequest('registry', operations._service, { [GATEWAY_SECRET_HEADER]: gatewayHeaders('registry', 'x')[GATEWAY_SECRET_HEADER] });
    expect(response).toEqual({ status: 401, body: refused('Sign in first: send "Authorization: Bearer <token>".') });
  });

  it('are answered with the secret and a caller token, as the gateway sends them', async () => {
    const response = await graph.subgraphRequest('registry', operations.query, gatewayHeaders('registry', graph.tokens.get(Role.DISTRICT)!));
    expect(response).toEqual({ status: 200, body: { data: { districts: { totalCount: 1 } } } });
  });
});
