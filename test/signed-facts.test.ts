import { createHmac, randomUUID } from 'node:crypto';
import { Role } from '../subgraphs/platform/access/role.js';
import { attestFacts, MATTER_FACTS } from '../subgraphs/platform/access/attested-facts.js';
import { issueMatterCertificate, MatterStep } from '../subgraphs/platform/access/matter-certificate.js';
import { demoScenario } from '../infra/demo/demo-tokens.js';
import { startGraph, gatewayHeaders, type GraphStack } from './harness/graph-stack.js';
import { testGatewaySecret, testStatementKeys } from './harness/test-keys.js';
import { recordElectorate } from './harness/owners-electorate.js';

// Facts that decide rights cross subgraphs signed by their owner (README: Signed facts), and a RESOLVE certificate
// links one motion once (README: No replay). Each forgery goes straight to the subgraph with that subgraph's own
// secret, as a caller holding it would send it.

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const token = (role: Role) => graph.tokens.get(role)!;
const ZERO = { linked: 0, pending: 0, completed: 0, evaluated: 0, failed: 0 };
const ADOPTED = { linked: 1, pending: 0, completed: 1, evaluated: 0, failed: 0 };
const forbidden = (message: string, facts: string, path: (string | number)[]) => ({ message, path, locations: expect.any(Array), extensions: { code: 'FORBIDDEN', facts } });
const refusedMatterFacts = (source: string, path: (string | number)[]) =>
  forbidden(
    `Refused the ${source} subgraph's facts about this governance matter: not signed by the ${source} subgraph for this record within the last 120 seconds. Query through the gateway, which brings such facts signed.`,
    `matter-facts/${source}/v1`,
    path,
  );

/** A matter the owners must decide that they have not adopted: its stage is derived, not RESOLVED. */
async function undecidedMatter(): Promise<{ id: string; stage: string }> {
  const response = await graph.graphql<{ governanceMatters: { nodes: { id: string; needsOwnersDecision: boolean; stage: string }[] } }>(
    '{ governanceMatters(first: 100) { nodes { id needsOwnersDecision stage } } }',
    { token: token(Role.DISTRICT) },
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.governanceMatters.nodes.find((matter) => matter.needsOwnersDecision && ['DELIBERATED', 'RESOLVING', 'NOT_ADOPTED'].includes(matter.stage))!;
}

const STAGE = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on GovernanceMatter { id linkCertificate stage } } }';

/** `_entities` for a matter sent straight to the party subgraph with its secret, carrying the given facts. */
function toParty(id: string, facts: Record<string, unknown>) {
  return graph.subgraphRequest('party', { query: STAGE, variables: { r: [{ __typename: 'GovernanceMatter', id, ...facts }] } }, gatewayHeaders('party', token(Role.DISTRICT)));
}

const signedBy = (source: keyof typeof MATTER_FACTS, id: string, counts: typeof ZERO, now = Date.now(), signer: string = source) => ({
  ...counts,
  attestation: attestFacts(MATTER_FACTS[source], id, counts, { ...testStatementKeys(signer), signer: source }, now),
});

describe('stage facts sent to the party subgraph', () => {
  it('are refused unsigned: no RESOLVED stage and no link certificate', async () => {
    const matter = await undecidedMatter();
    const response = await toParty(matter.id, { ownersFacts: ADOPTED, propertyFacts: ZERO, cobuildingFacts: ZERO });
    expect(response).toEqual({
      status: 200,
      body: { data: { _entities: [null] }, errors: [refusedMatterFacts('owners', ['_entities', 0, 'linkCertificate']), refusedMatterFacts('owners', ['_entities', 0, 'stage'])] },
    });
  });

  it('are refused signed by another key, for another matter, or stale; accepted only fresh, by their owner, for this matter', async () => {
    const matter = await undecidedMatter();
    const others = { propertyFacts: signedBy('property', matter.id, ZERO), cobuildingFacts: signedBy('cobuilding', matter.id, ZERO) };
    const cases = [
      // The property subgraph's key signing the owners' facts.
      { ownersFacts: signedBy('owners', matter.id, ADOPTED, Date.now(), 'property'), ...others },
      // The owners' genuine signature, but for another matter.
      { ownersFacts: signedBy('owners', randomUUID(), ADOPTED), ...others },
      // Signed three minutes ago.
      { ownersFacts: signedBy('owners', matter.id, ADOPTED, Date.now() - 180_000), ...others },
      // Signed over other counts than those sent.
      { ownersFacts: { ...signedBy('owners', matter.id, ZERO), ...ADOPTED }, ...others },
    ];
    for (const facts of cases) {
      const response = await toParty(matter.id, facts);
      expect(response.body).toEqual({ data: { _entities: [null] }, errors: [refusedMatterFacts('owners', ['_entities', 0, 'linkCertificate']), refusedMatterFacts('owners', ['_entities', 0, 'stage'])] });
    }
    // The property and cobuilding facts are checked the same way.
    const unsignedService = await toParty(matter.id, { ownersFacts: signedBy('owners', matter.id, ZERO), propertyFacts: { ...ZERO, linked: 1, completed: 1 }, cobuildingFacts: signedBy('cobuilding', matter.id, ZERO) });
    expect(unsignedService.body.errors).toContainEqual(refusedMatterFacts('property', ['_entities', 0, 'stage']));
    const foreignService = await toParty(matter.id, { ...others, ownersFacts: signedBy('owners', matter.id, ZERO), cobuildingFacts: signedBy('cobuilding', matter.id, ADOPTED, Date.now(), 'owners') });
    expect(foreignService.body.errors).toContainEqual(refusedMatterFacts('cobuilding', ['_entities', 0, 'stage']));
    // Only the owners' own key makes adopted facts count: the signature, not the representation, is what is trusted.
    const genuine = await toParty(matter.id, { ownersFacts: signedBy('owners', matter.id, ADOPTED), ...others });
    expect(genuine.body).toEqual({ data: { _entities: [{ id: matter.id, stage: 'RESOLVED', linkCertificate: expect.any(String) }] } });
  });

  it('through the gateway come signed, and the stage is what it was', async () => {
    const matter = await undecidedMatter();
    const response = await graph.graphql(`query($id: ID!) { governanceMatter(id: $id) { stage } }`, { token: token(Role.DISTRICT), variables: { id: matter.id } });
    expect(response.body).toEqual({ data: { governanceMatter: { stage: matter.stage } } });
  });
});

describe("the owners' roster sent to the owners subgraph", () => {
  // The roster is no longer carried by @requires: recordOwnersElectorate takes the registry's signed roster, and its
  // forgeries (altered, another key, old, another neighborhood's) are refused in subgraphs/owners/src/electorate/electorate.test.ts.
  it('is refused straight at the subgraph, with its gateway secret, unless the registry signed it', async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const query = 'mutation($input: RecordOwnersElectorateInput!) { recordOwnersElectorate(input: $input) { id } }';
    const forged = { input: { neighborhoodId: neighborhood.id, signedRoster: 'eyJ9.eyJ9.eyJ9.eyJ9' } };
    const response = await graph.subgraphRequest('owners', { query, variables: forged }, gatewayHeaders('owners', token(Role.OWNERS_COMMITTEE)));
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message: "signedRoster is not the registry's roster of this neighborhood signed within the last 10 minutes: read neighborhood { signedOwnersRoster } again and pass it unchanged.",
          locations: expect.any(Array),
          path: ['recordOwnersElectorate'],
          extensions: { code: 'BAD_USER_INPUT', field: 'signedRoster' },
        },
      ],
    });
  });
});

describe('a RESOLVE certificate', () => {
  const DAY = 24 * 3600 * 1000;
  const midnight = (offsetDays: number) => new Date(Math.floor(Date.now() / DAY) * DAY + offsetDays * DAY).toISOString();
  const CONVENE = 'mutation($input: ConveneOwnersAssemblyInput!) { conveneOwnersAssembly(input: $input) { motions { governanceMatter { id } } } }';
  const convene = (matterCertificate: string) =>
    graph.graphql(CONVENE, {
      token: token(Role.OWNERS_COMMITTEE),
      variables: { input: { title: '业主大会', form: 'WRITTEN', meetsOn: midnight(40), motions: [{ title: '使用维修资金', category: 'USE_MAINTENANCE_FUND', matterCertificate }] } },
    });
  const conflictError = (message: string) => ({ message, path: ['conveneOwnersAssembly'], extensions: { code: 'CONFLICT', field: 'motions[0].matterCertificate' } });

  it('links one motion once: a second assembly on it, or on another certificate for the same attempt, is refused', async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const recorded = await recordElectorate(graph, token(Role.OWNERS_COMMITTEE), neighborhood.id);
    expect(recorded.body.errors).toBeUndefined();
    const matterId = randomUUID();
    const sign = (attempt: number) =>
      issueMatterCertificate(
        { matterId, step: MatterStep.RESOLVE, districtId: neighborhood.districtId, streetId: neighborhood.streetId, communityId: neighborhood.communityId, neighborhoodId: neighborhood.id, concernedCompanyId: null, attempt },
        testStatementKeys('party'),
      );
    const certificate = sign(0);
    const readTooEarly = sign(0);
    expect((await convene(certificate)).body).toEqual({ data: { conveneOwnersAssembly: { motions: [{ governanceMatter: { id: matterId } }] } } });
    expect((await convene(certificate)).body).toEqual({
      data: null,
      errors: [conflictError('motions[0].matterCertificate has linked a motion already; a certificate links one motion once. Read a new linkCertificate from the matter.')],
    });
    const openMotion = conflictError('The governance matter of motions[0] already has a motion that is open or adopted; it is put to the owners once.');
    expect((await convene(readTooEarly)).body).toEqual({ data: null, errors: [openMotion] });
    expect((await convene(sign(1))).body).toEqual({ data: null, errors: [openMotion] });
  });

  it('is refused when made with a gateway secret or with a key party does not hold', async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const matter = { matterId: randomUUID(), step: 'RESOLVE', districtId: neighborhood.districtId, streetId: neighborhood.streetId, communityId: neighborhood.communityId, neighborhoodId: neighborhood.id, concernedCompanyId: null, certificateId: randomUUID(), attempt: 0, issuedAt: Date.now() };
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const forgeries: string[] = [];
    for (const name of graph.subgraphs.keys()) {
      // The old format (an HMAC keyed by the gateway secret), and a JWS with HS256 under each subgraph's secret.
      const body = encode(matter);
      forgeries.push(`${body}.${createHmac('sha256', `matter-certificate/v1:${testGatewaySecret(name)}`).update(body).digest('base64url')}`);
      const header = encode({ alg: 'HS256', kid: testStatementKeys('party').signingKey.kid, typ: 'matter-certificate/v2' });
      forgeries.push(`${header}.${body}.${createHmac('sha256', testGatewaySecret(name)).update(`${header}.${body}`).digest('base64url')}`);
    }
    // Every other subgraph's own Ed25519 key, under party's key id.
    for (const name of ['registry', 'property', 'owners', 'cobuilding']) {
      const keys = testStatementKeys(name);
      forgeries.push(issueMatterCertificate({ ...matter, step: MatterStep.RESOLVE }, { ...keys, signer: 'party', signingKey: { ...keys.signingKey, kid: testStatementKeys('party').signingKey.kid } }));
    }
    for (const forged of forgeries) {
      expect((await convene(forged)).body).toEqual({
        data: null,
        errors: [
          {
            message: 'matterCertificate is not one the party subgraph issued, or it is older than an hour: read it again from the matter (governanceMatter(id) { linkCertificate }).',
            path: ['conveneOwnersAssembly'],
            extensions: { code: 'BAD_USER_INPUT', field: 'matterCertificate' },
          },
        ],
      });
    }
  });
});
