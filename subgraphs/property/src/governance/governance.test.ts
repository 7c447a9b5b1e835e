/* eslint-disable max-lines -- property's part of 三方联动 (service for a matter, recusal flags, post summaries): one file per feature, each test self-contained on the suite's own copy of the demo district, so the feature's queries and helpers are written once */
import { randomUUID } from 'node:crypto';
import { Role } from '../../../platform/access/role.js';
import { issueMatterCertificate, MatterStep } from '../../../platform/access/matter-certificate.js';
import { gatewayHeaders, startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';
import { testStatementKeys } from '../../../../test/harness/test-keys.js';
import { demoScenario } from '../../../../infra/demo/demo-tokens.js';
import { planPropertyDemo, type PropertyDemo } from '../../seeders/property-demo-plan.js';
import { today } from '../contract/contract-period.js';

let graph: GraphStack;
let demo: PropertyDemo;
beforeAll(async () => {
  graph = await startGraph();
  demo = planPropertyDemo(graph.plan);
});
afterAll(async () => {
  await graph?.stop();
});

const token = (role: Role) => graph.tokens.get(role)!;
const error = (code: string, message: string, path: string[]) => ({ message, path, extensions: expect.objectContaining({ code }) });

/**
 * A matter certificate as the party subgraph issues it for `GovernanceMatter.linkCertificate`, signed here with the
 * party subgraph's key of the test stack (test/harness/test-keys.ts), as the party subgraph signs it.
 */
function certificate(neighborhoodId: string, step: MatterStep, matterId: string = randomUUID()): string {
  const neighborhood = graph.plan.neighborhoods.find((n) => n.id === neighborhoodId)!;
  return issueMatterCertificate(
    { matterId, step, districtId: neighborhood.districtId, streetId: neighborhood.streetId, communityId: neighborhood.communityId, neighborhoodId, concernedCompanyId: null, attempt: 0 },
    testStatementKeys('party'),
  );
}

/** `_entities` straight to the property subgraph, as the gateway calls it (the facts are @inaccessible to clients). */
async function entities(representations: Record<string, unknown>[], selection: string, role: Role | string = Role.DISTRICT) {
  const bearer = Object.values(Role).includes(role as Role) ? token(role as Role) : role;
  const response = await graph.subgraphRequest(
    'property',
    { query: `query($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`, variables: { r: representations } },
    gatewayHeaders('property', bearer),
  );
  return response.body;
}

/** Facts travel with their signature; its checks are in test/signed-facts.test.ts. */
const signed = <T extends object>(counts: T) => ({ ...counts, attestation: expect.any(String) as string });
const FACTS = '... on GovernanceMatter { propertyFacts serviceRequests { id status satisfaction } }';
const OPEN = `mutation($input: OpenMatterServiceRequestInput!) {
  openMatterServiceRequest(input: $input) { id status company { id } resident { id } governanceMatter { id } steps { action } } }`;

describe('service for a governance matter (服务)', () => {
  it('lets the serving company open a request with the SERVE certificate; the named resident evaluates it; the facts follow linked → completed → evaluated', async () => {
    const { neighborhood, company, resident } = demoScenario(graph.plan);
    const matterId = randomUUID();
    const input = { matterCertificate: certificate(neighborhood.id, MatterStep.SERVE, matterId), neighborhoodId: neighborhood.id, residentPersonId: resident.id, category: 'PARKING', location: '小区东门', description: '施划停车位' };
    expect(await entities([{ __typename: 'GovernanceMatter', id: matterId }], FACTS)).toEqual({
      data: { _entities: [{ propertyFacts: signed({ linked: 0, pending: 0, completed: 0, evaluated: 0, failed: 0 }), serviceRequests: [] }] },
    });

    const opened = await graph.graphql<{ openMatterServiceRequest: { id: string } }>(OPEN, { token: token(Role.PROPERTY_COMPANY), variables: { input } });
    const id = opened.body.data!.openMatterServiceRequest.id;
    expect(opened.body).toEqual({
      data: { openMatterServiceRequest: { id, status: 'SUBMITTED', company: { id: company.id }, resident: { id: resident.id }, governanceMatter: { id: matterId }, steps: [{ action: 'SUBMIT' }] } },
    });
    const facts = async () => ((await entities([{ __typename: 'GovernanceMatter', id: matterId }], FACTS)).data as { _entities: { propertyFacts: unknown }[] })._entities[0].propertyFacts;
    expect(await facts()).toEqual(signed({ linked: 1, pending: 1, completed: 0, evaluated: 0, failed: 0 }));

    // The usual lifecycle: the company accepts, starts and resolves; the resident evaluates with their own token.
    for (const [mutation, extra] of [['acceptServiceRequest', {}], ['startServiceRequest', {}], ['resolveServiceRequest', { note: '已施划' }]] as const) {
      const step = await graph.graphql(`mutation($input: ServiceRequestStepInput!) { ${mutation}(input: $input) { id } }`, { token: token(Role.PROPERTY_COMPANY), variables: { input: { id, ...extra } } });
      expect(step.body).toEqual({ data: { [mutation]: { id } } });
    }
    expect(await facts()).toEqual(signed({ linked: 1, pending: 0, completed: 1, evaluated: 0, failed: 0 }));
    const evaluate = `mutation($input: EvaluateServiceRequestInput!) { evaluateServiceRequest(input: $input) { status satisfaction governanceMatter { id serviceRequests { id status } } } }`;
    expect((await graph.graphql(evaluate, { token: token(Role.RESIDENT), variables: { input: { id, satisfaction: 5 } } })).body).toEqual({
      data: { evaluateServiceRequest: { status: 'EVALUATED', satisfaction: 5, governanceMatter: { id: matterId, serviceRequests: [{ id, status: 'EVALUATED' }] } } },
    });
    expect(await facts()).toEqual(signed({ linked: 1, pending: 0, completed: 1, evaluated: 1, failed: 0 }));

    // The public list follows the usual visibility; the facts count every linked request whoever asks.
    const otherCompany = graph.plan.propertyCompanies.find((c) => c.id !== company.id)!;
    const otherToken = await graph.issuer.issue('other-company', { role: Role.PROPERTY_COMPANY, org: otherCompany.id, grant: { neighborhoodIds: otherCompany.neighborhoodIds } });
    expect(await entities([{ __typename: 'GovernanceMatter', id: matterId }], FACTS, otherToken)).toEqual({
      data: { _entities: [{ propertyFacts: signed({ linked: 1, pending: 0, completed: 1, evaluated: 1, failed: 0 }), serviceRequests: [] }] },
    });
    expect(await entities([{ __typename: 'GovernanceMatter', id: matterId }], FACTS, Role.COMMUNITY)).toEqual({
      data: { _entities: [{ propertyFacts: signed({ linked: 1, pending: 0, completed: 1, evaluated: 1, failed: 0 }), serviceRequests: [{ id, status: 'EVALUATED', satisfaction: 5 }] }] },
    });
  });

  it('refuses a RESOLVE certificate, a certificate of another neighborhood, a forged one, another company and other roles, storing nothing', async () => {
    const { neighborhood, company, resident } = demoScenario(graph.plan);
    const matterId = randomUUID();
    const input = { matterCertificate: certificate(neighborhood.id, MatterStep.SERVE, matterId), neighborhoodId: neighborhood.id, residentPersonId: resident.id, category: 'PARKING', location: '小区东门', description: '施划停车位' };
    const open = (variables: Record<string, unknown>, bearer = token(Role.PROPERTY_COMPANY)) => graph.graphql(OPEN, { token: bearer, variables: { input: { ...input, ...variables } } });
    const path = ['openMatterServiceRequest'];

    expect((await open({ matterCertificate: certificate(neighborhood.id, MatterStep.RESOLVE, matterId) })).body).toEqual({
      data: null,
      errors: [error('BAD_USER_INPUT', "This matter is waiting for the owners' assembly to decide it (决议); it cannot be served before the assembly adopts it.", path)],
    });
    const elsewhere = company.neighborhoodIds.find((id) => id !== neighborhood.id)!;
    const anotherNeighborhood =
      "The matter's certificate is for another neighborhood: a matter is served only in its own neighborhood; pass that neighborhoodId, or the certificate of this neighborhood's matter.";
    expect((await open({ matterCertificate: certificate(elsewhere, MatterStep.SERVE, matterId) })).body).toEqual({ data: null, errors: [error('BAD_USER_INPUT', anotherNeighborhood, path)] });
    expect((await open({ neighborhoodId: elsewhere })).body).toEqual({ data: null, errors: [error('BAD_USER_INPUT', anotherNeighborhood, path)] });
    expect((await open({ matterCertificate: input.matterCertificate.replace(/\.(.)/, (_dot, first: string) => `.${first === 'x' ? 'y' : 'x'}`) })).body).toEqual({
      data: null,
      errors: [
        error('BAD_USER_INPUT', 'matterCertificate is not one the party subgraph issued, or it is older than an hour: read it again from the matter (governanceMatter(id) { linkCertificate }).', path),
      ],
    });

    const otherCompany = graph.plan.propertyCompanies.find((c) => c.id !== company.id)!;
    const otherToken = await graph.issuer.issue('other-company', { role: Role.PROPERTY_COMPANY, org: otherCompany.id, grant: { neighborhoodIds: otherCompany.neighborhoodIds } });
    expect((await open({}, otherToken)).body).toEqual({
      data: null,
      errors: [error('FORBIDDEN', "Only the property company serving the matter's neighborhood today may open service requests for it.", path)],
    });
    for (const role of [Role.RESIDENT, Role.COMMUNITY, Role.PARTY_BRANCH]) {
      expect((await open({}, token(role))).body).toEqual({ data: null, errors: [error('FORBIDDEN', 'Only a property company may open service requests for governance matters.', path)] });
    }
    expect(await entities([{ __typename: 'GovernanceMatter', id: matterId }], FACTS)).toEqual({
      data: { _entities: [{ propertyFacts: signed({ linked: 0, pending: 0, completed: 0, evaluated: 0, failed: 0 }), serviceRequests: [] }] },
    });
  });

  it("gives every planned matter the facts of its seeded requests, all matters in one statement", async () => {
    const matters = graph.plan.governance.governanceMatters;
    const expected = matters.map((matter) => {
      const progress = matter.serviceRequests.map((request) => request.progress);
      const done = progress.filter((p) => p !== 'IN_PROGRESS').length;
      return {
        propertyFacts: signed({ linked: progress.length, pending: progress.length - done, completed: done, evaluated: progress.filter((p) => p === 'EVALUATED').length, failed: 0 }),
      };
    });
    expect(expected.some((facts) => facts.propertyFacts.evaluated > 0) && expected.some((facts) => facts.propertyFacts.pending > 0)).toBe(true);
    graph.resetSqlCount();
    expect(await entities(matters.map((matter) => ({ __typename: 'GovernanceMatter', id: matter.id })), '... on GovernanceMatter { propertyFacts }')).toEqual({
      data: { _entities: expected },
    });
    expect(graph.sqlStatements('property')).toBe(1);

    // The seeded requests are the planned ones, each for a resident of the matter's neighborhood.
    const seeded = matters.flatMap((matter) => matter.serviceRequests.map((request) => ({ matter, request, row: demo.requests.find((r) => r.id === request.id)! })));
    for (const { matter, request, row } of seeded) {
      expect(row).toMatchObject({ governanceMatterId: matter.id, neighborhoodId: matter.neighborhoodId, status: { IN_PROGRESS: 'IN_PROGRESS', COMPLETED: 'RESOLVED', EVALUATED: 'EVALUATED' }[request.progress] });
      const lives = graph.plan.persons.find((person) => person.id === row.residentPersonId)!.residenceNeighborhoodId === matter.neighborhoodId;
      const owns = graph.plan.units.some((unit) => unit.neighborhoodId === matter.neighborhoodId && unit.ownerIds.includes(row.residentPersonId));
      expect(lives || owns).toBe(true);
      if (request.progress === 'EVALUATED') expect(row.satisfaction).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('recusal flags (回避)', () => {
  const RECUSALS = `
    ... on OwnersMotion { id recusals { person { id } company { id } postKind reason } }
    ... on JointMeeting { id recusals { person { id } company { id } postKind reason } }`;
  const REASON = '所涉物业企业的项目经理，与所议事项有利害关系，应回避';

  it("flags the concerned company's project manager among a motion's committee members and a meeting's participants, one statement for all", async () => {
    const { governance } = graph.plan;
    const [first, second] = governance.multiPostPersons;
    const bystander = graph.plan.persons.find((person) => !governance.projectManagers.some((manager) => manager.personId === person.id))!;
    const [motion, unconcerned, meeting] = [randomUUID(), randomUUID(), randomUUID()];
    graph.resetSqlCount();
    expect(
      await entities(
        [
          { __typename: 'OwnersMotion', id: motion, concernedCompanyId: first.companyId, committeeMemberPersonIds: [bystander.id, first.personId] },
          { __typename: 'OwnersMotion', id: unconcerned, concernedCompanyId: null, committeeMemberPersonIds: [first.personId] },
          // The second person manages for another company: not concerned by the first one's matters.
          { __typename: 'JointMeeting', id: meeting, concernedCompanyIds: [first.companyId], participantPersonIds: [second.personId, first.personId, bystander.id] },
        ],
        RECUSALS,
      ),
    ).toEqual({
      data: {
        _entities: [
          { id: motion, recusals: [{ person: { id: first.personId }, company: { id: first.companyId }, postKind: 'PROJECT_MANAGER', reason: REASON }] },
          { id: unconcerned, recusals: [] },
          { id: meeting, recusals: [{ person: { id: first.personId }, company: { id: first.companyId }, postKind: 'PROJECT_MANAGER', reason: REASON }] },
        ],
      },
    });
    expect(first.companyId).not.toBe(second.companyId);
    // One statement for the posts of every motion and meeting, one for the companies.
    expect(graph.sqlStatements('property')).toBe(2);
  });

  it('ignores a post that has ended', async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const contract = demo.contracts.find((c) => c.neighborhoodId === neighborhood.id && c.endedOn === null)!;
    const communityWorker = graph.plan.persons.find((person) => person.communityId === neighborhood.communityId && !demo.posts.some((post) => post.personId === person.id))!;
    const appointed = await graph.graphql<{ appointPropertyPost: { id: string } }>(
      `mutation($input: AppointPropertyPostInput!) { appointPropertyPost(input: $input) { id } }`,
      { token: token(Role.PROPERTY_COMPANY), variables: { input: { contractId: contract.id, personId: communityWorker.id, kind: 'MAINTENANCE_LEAD', startsOn: contract.startsOn } } },
    );
    const postId = appointed.body.data!.appointPropertyPost.id;
    const motion = { __typename: 'OwnersMotion', id: randomUUID(), concernedCompanyId: contract.companyId, committeeMemberPersonIds: [communityWorker.id] };
    expect(await entities([motion], RECUSALS)).toEqual({
      data: { _entities: [{ id: motion.id, recusals: [{ person: { id: communityWorker.id }, company: { id: contract.companyId }, postKind: 'MAINTENANCE_LEAD', reason: '所涉物业企业的工程主管，与所议事项有利害关系，应回避' }] }] },
    });
    const ended = await graph.graphql(`mutation($input: EndPropertyPostInput!) { endPropertyPost(input: $input) { endsOn } }`, {
      token: token(Role.PROPERTY_COMPANY),
      variables: { input: { id: postId, endsOn: today() } },
    });
    expect(ended.body).toEqual({ data: { endPropertyPost: { endsOn: today() } } });
    expect(await entities([motion], RECUSALS)).toEqual({ data: { _entities: [{ id: motion.id, recusals: [] }] } });
  });
});

describe('post summaries for Person.posts', () => {
  const SUMMARIES = '... on Person { id propertyPostSummaries }';

  it("summarises the posts the caller may read, many persons in one statement, with the last day served", async () => {
    const managers = graph.plan.governance.projectManagers;
    const expected = (personId: string, visible: (post: PropertyDemo['posts'][number]) => boolean) => ({
      id: personId,
      propertyPostSummaries: demo.posts
        .filter((post) => post.personId === personId && visible(post))
        .sort((a, b) => b.startsOn.localeCompare(a.startsOn))
        .map((post) => ({ postId: post.id, organizationType: 'PropertyCompany', organizationId: post.companyId, kind: 'PROJECT_MANAGER', title: '项目经理', since: post.startsOn, until: null })),
    });
    const persons = [...new Set(managers.map((manager) => manager.personId))];
    graph.resetSqlCount();
    expect(await entities(persons.map((id) => ({ __typename: 'Person', id })), SUMMARIES)).toEqual({ data: { _entities: persons.map((id) => expected(id, () => true)) } });
    expect(graph.sqlStatements('property')).toBe(1);

    // A company reads only the posts on its own active contracts, as for Person.propertyPosts.
    const { company } = demoScenario(graph.plan);
    expect(await entities(persons.map((id) => ({ __typename: 'Person', id })), SUMMARIES, Role.PROPERTY_COMPANY)).toEqual({
      data: { _entities: persons.map((id) => expected(id, (post) => post.companyId === company.id)) },
    });
  });

  it('gives the last day served (the day before endsOn) for an ended post', async () => {
    const { neighborhood, resident } = demoScenario(graph.plan);
    expect(demo.posts.some((post) => post.personId === resident.id)).toBe(false);
    const contract = demo.contracts.find((c) => c.neighborhoodId === neighborhood.id && c.endedOn === null)!;
    const appointed = await graph.graphql<{ appointPropertyPost: { id: string } }>(
      `mutation($input: AppointPropertyPostInput!) { appointPropertyPost(input: $input) { id } }`,
      { token: token(Role.PROPERTY_COMPANY), variables: { input: { contractId: contract.id, personId: resident.id, kind: 'CUSTOMER_SERVICE', startsOn: '2026-01-01' } } },
    );
    const postId = appointed.body.data!.appointPropertyPost.id;
    await graph.graphql(`mutation($input: EndPropertyPostInput!) { endPropertyPost(input: $input) { id } }`, { token: token(Role.PROPERTY_COMPANY), variables: { input: { id: postId, endsOn: '2026-03-01' } } });
    expect(await entities([{ __typename: 'Person', id: resident.id }], SUMMARIES)).toEqual({
      data: {
        _entities: [
          {
            id: resident.id,
            propertyPostSummaries: [
              { postId, organizationType: 'PropertyCompany', organizationId: contract.companyId, kind: 'CUSTOMER_SERVICE', title: '客服主管', since: '2026-01-01', until: '2026-02-28' },
            ],
          },
        ],
      },
    });
  });
});
