import { decodeJwt } from 'jose';
import { Role } from '../subgraphs/platform/access/role.js';
import { MAX_GRANT_AGE_SECONDS } from '../subgraphs/platform/access/grant-age.js';
import type { CallerClaims } from '../subgraphs/platform/access/token-claims.js';
import { demoCallers, demoScenario } from '../infra/demo/demo-tokens.js';
import { contractsInForceFrom, createFreshTokenSource, type FreshTokenSource } from '../infra/demo/fresh-tokens.js';
import { startGraph, gatewayHeaders, type GraphStack } from './harness/graph-stack.js';

/**
 * The bound every service enforces, as in production (platform/access/grant-age.ts). The test does not wait it out:
 * it moves the clock the services check tokens against, and the issuer issues by, past it (`graph.tokenClock`).
 */
const BOUND_SECONDS = MAX_GRANT_AGE_SECONDS;

const NEIGHBORHOOD_FIELDS = {
  registry: 'name',
  owners: 'ownersCommittee { id }',
  cobuilding: 'projects { id }',
  party: 'partyBranch { id }',
  property: 'propertyContract { id }',
} as const;

const entities = (fields: string) => `query($r: [_Any!]!) { _entities(representations: $r) { ... on Neighborhood { ${fields} } } }`;

let graph: GraphStack;
let fresh: FreshTokenSource;
beforeAll(async () => {
  graph = await startGraph();
  fresh = createFreshTokenSource(graph.issuer, demoCallers(graph.plan), contractsInForceFrom(graph.runtimeDatabaseUrls.get('property')!));
});
afterAll(async () => {
  await graph?.stop();
});

const STALE = {
  status: 401,
  body: { errors: [{ message: `Your token's place grant is older than ${BOUND_SECONDS} s (it follows your contracts): get a fresh token.`, extensions: { code: 'UNAUTHENTICATED' } }] },
};

describe('a property company loses a neighborhood in every subgraph once its contract ends', () => {
  it('refuses the token issued before once older than the bound, and the fresh token no longer covers the neighborhood', async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const representations = [{ __typename: 'Neighborhood', id: neighborhood.id }];
    const read = (name: keyof typeof NEIGHBORHOOD_FIELDS, token: string) =>
      graph.subgraphRequest(name, { query: entities(NEIGHBORHOOD_FIELDS[name]), variables: { r: representations } }, gatewayHeaders(name, token));
    const notVisible = (path: (string | number)[]) => ({
      message: `No Neighborhood with id "${neighborhood.id}" is visible to you.`,
      path,
      extensions: { code: 'NOT_FOUND', typeName: 'Neighborhood', id: neighborhood.id },
    });

    // The company's grant as the identity side derives it, in a token whose expiry outlives the bound (an identity
    // side may issue them for a working day): only the bound can end it.
    const derived = decodeJwt(await fresh.token(Role.PROPERTY_COMPANY));
    const before = await graph.issuer.issue(derived.sub!, { role: derived.role, org: derived.org, grant: derived.grant } as CallerClaims, { expiresIn: '8h' });
    const issuedAt = decodeJwt(before).iat!;
    expect((decodeJwt(before).grant as { neighborhoodIds: string[] }).neighborhoodIds).toContain(neighborhood.id);
    const [owners, cobuilding] = [(await read('owners', before)).body, (await read('cobuilding', before)).body];
    expect(owners).toEqual({ data: { _entities: [{ ownersCommittee: { id: expect.any(String) } }] } });
    expect(cobuilding).toEqual({ data: { _entities: [{ projects: expect.arrayContaining([{ id: expect.any(String) }]) }] } });
    expect((await read('registry', before)).body).toEqual({ data: { _entities: [{ name: neighborhood.name }] } });

    // The district ends the contract through the graph, today.
    const district = graph.tokens.get(Role.DISTRICT);
    const contract = await graph.graphql<{ neighborhood: { propertyContract: { id: string } } }>(`query($id: ID!) { neighborhood(id: $id) { propertyContract { id } } }`, {
      token: district,
      variables: { id: neighborhood.id },
    });
    const endedOn = new Date().toISOString().slice(0, 10);
    const ended = await graph.graphql(`mutation($input: EndServiceContractInput!) { endServiceContract(input: $input) { endedOn } }`, {
      token: district,
      variables: { input: { id: contract.body.data!.neighborhood.propertyContract.id, endedOn, reason: '合同解除' } },
    });
    expect(ended.body).toEqual({ data: { endServiceContract: { endedOn } } });

    // Once the token is older than the bound, every service refuses it, whatever it claims.
    graph.tokenClock.set(new Date((issuedAt + BOUND_SECONDS + 1) * 1000));
    expect(await graph.graphql(`query($id: ID!) { neighborhood(id: $id) { name } }`, { token: before, variables: { id: neighborhood.id } })).toEqual(STALE);
    for (const name of ['registry', 'owners', 'cobuilding', 'party', 'property'] as const) expect({ name, ...(await read(name, before)) }).toEqual({ name, ...STALE });

    // The fresh token is derived from the contracts in force: the neighborhood is gone from it, and from every subgraph.
    const after = await fresh.token(Role.PROPERTY_COMPANY);
    expect((decodeJwt(after).grant as { neighborhoodIds: string[] }).neighborhoodIds).not.toContain(neighborhood.id);
    expect((await read('registry', after)).body).toEqual({ data: { _entities: [null] }, errors: [{ ...notVisible(['_entities', 0]), locations: [{ line: 1, column: 23 }] }] });
    expect((await read('owners', after)).body).toEqual({ data: { _entities: [{ ownersCommittee: null }] } });
    expect((await read('cobuilding', after)).body).toEqual({ data: { _entities: [{ projects: [] }] } });
    expect((await graph.graphql(`query($id: ID!) { neighborhood(id: $id) { name } }`, { token: after, variables: { id: neighborhood.id } })).body).toEqual({
      data: null,
      errors: [notVisible(['neighborhood'])],
    });
  });
});
