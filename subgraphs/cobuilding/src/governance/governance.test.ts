/* eslint-disable max-lines -- cobuilding's part of 三方联动 (a project serving a matter, the demo matters, post summaries): one file per feature, each test self-contained on the suite's own copy of the demo district, so the feature's queries and helpers are written once */
import { randomUUID } from 'node:crypto';
import { issuePlaceCertificate } from '../../../platform/access/place-certificate.js';
import { issueMatterCertificate, MatterStep } from '../../../platform/access/matter-certificate.js';
import { Role } from '../../../platform/access/role.js';
import { testStatementKeys } from '../../../../test/harness/test-keys.js';
import { demoScenario } from '../../../../infra/demo/demo-tokens.js';
import { startGraph, gatewayHeaders, type GraphStack } from '../../../../test/harness/graph-stack.js';
import { planCobuilding, type CobuildingDemo } from '../../seeders/cobuilding-plan.js';
import { UNIT_POST_TITLE_TEXT, type UnitPostTitle } from '../unit/unit-post-title.js';

// 三议一服务 on the cobuilding side: a paired unit runs a project for a governance matter, linked by the party
// subgraph's SERVE certificate. The party subgraph issues certificates from `GovernanceMatter.linkCertificate`; here
// they are issued the same way (platform's issueMatterCertificate, with the party subgraph's key of the test stack), so this suite does not depend on the party subgraph's matters.

let graph: GraphStack;
let demo: CobuildingDemo;
let scenario: ReturnType<typeof demoScenario>;
beforeAll(async () => {
  graph = await startGraph();
  demo = planCobuilding(graph.plan);
  scenario = demoScenario(graph.plan);
});
afterAll(async () => {
  await graph?.stop();
});

const token = (role: Role) => graph.tokens.get(role)!;
const pathOf = (neighborhoodId: string) => {
  const n = graph.plan.neighborhoods.find((candidate) => candidate.id === neighborhoodId)!;
  return { districtId: n.districtId, streetId: n.streetId, communityId: n.communityId, neighborhoodId: n.id };
};
const neighborhoodsOfDemoCommunity = () => graph.plan.neighborhoods.filter((n) => n.communityId === scenario.community.id);
const servedNeighborhood = () => neighborhoodsOfDemoCommunity()[0];
const certificate = (neighborhoodId: string, step = MatterStep.SERVE, matterId = randomUUID()) => {
  const matter = { matterId, step, ...pathOf(neighborhoodId), concernedCompanyId: null, attempt: 0 };
  return issueMatterCertificate(matter, testStatementKeys('party'));
};
const unitToken = (unitId: string, communityId: string) =>
  graph.issuer.issue(`unit-${unitId}`, { role: Role.JOINT_UNIT, org: unitId, grant: { communityIds: [communityId] } });

const CREATE = `mutation($input: CreateCoBuildingProjectInput!) {
  createCoBuildingProject(input: $input) { id status neighborhood { id } community { id } governanceMatter { id } }
}`;
const FACTS = 'cobuildingFacts';
// Facts travel with their signature (its checks are in test/signed-facts.test.ts).
const facts = (linked: number, pending: number, completed: number, evaluated: number, failed = 0) => ({ linked, pending, completed, evaluated, failed, attestation: expect.any(String) });

async function raiseNeed(place: { certificate: string }, title: string): Promise<string> {
  const response = await graph.graphql<{ raiseCobuildingNeed: { id: string } }>(
    `mutation($input: CreateCobuildingNeedInput!) { raiseCobuildingNeed(input: $input) { id } }`,
    { token: token(Role.COMMUNITY), variables: { input: { place, title, category: 'ELDERLY_CARE' } } },
  );
  return response.body.data!.raiseCobuildingNeed.id;
}
const neighborhoodNeed = (neighborhoodId: string, title: string) => raiseNeed({ certificate: issuePlaceCertificate(pathOf(neighborhoodId), testStatementKeys('registry')) }, title);

/** Reads matters' @inaccessible facts and public projects straight from the subgraph, as the gateway would. */
function matterEntities(matterIds: string[], callerToken: string) {
  return graph.subgraphRequest(
    'cobuilding',
    {
      query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on GovernanceMatter { id ${FACTS} projects { id status } } } }`,
      variables: { r: matterIds.map((id) => ({ __typename: 'GovernanceMatter', id })) },
    },
    gatewayHeaders('cobuilding', callerToken),
  );
}

let needId: string;
let resourceId: string;
beforeAll(async () => {
  needId = await neighborhoodNeed(servedNeighborhood().id, '老年助餐点建设');
  const resource = await graph.graphql<{ offerCobuildingResource: { id: string } }>(
    `mutation($input: OfferCobuildingResourceInput!) { offerCobuildingResource(input: $input) { id } }`,
    { token: token(Role.JOINT_UNIT), variables: { input: { title: '单位食堂助餐', category: 'ELDERLY_CARE' } } },
  );
  resourceId = resource.body.data!.offerCobuildingResource.id;
});

describe('a project serving a governance matter (三议一服务的服务)', () => {
  it('is run by a paired unit with a SERVE certificate, and the matter’s facts follow it to evaluation', async () => {
    const matterId = randomUUID();
    const created = await graph.graphql<{ createCoBuildingProject: { id: string } }>(CREATE, {
      token: token(Role.JOINT_UNIT),
      variables: { input: { needId, resourceId, title: '老年助餐点建设', matterCertificate: certificate(servedNeighborhood().id, MatterStep.SERVE, matterId) } },
    });
    const projectId = created.body.data!.createCoBuildingProject.id;
    expect(created.body).toEqual({
      data: {
        createCoBuildingProject: {
          id: projectId,
          status: 'PLANNED',
          neighborhood: { id: servedNeighborhood().id },
          community: { id: scenario.community.id },
          governanceMatter: { id: matterId },
        },
      },
    });

    const expectFacts = async (expected: ReturnType<typeof facts>, status: string) => {
      const response = await matterEntities([matterId], token(Role.JOINT_UNIT));
      expect(response.body).toEqual({ data: { _entities: [{ id: matterId, cobuildingFacts: expected, projects: [{ id: projectId, status }] }] } });
    };
    await expectFacts(facts(1, 1, 0, 0), 'PLANNED');
    await graph.graphql(`mutation($id: ID!) { startCoBuildingProject(id: $id) { status } }`, { token: token(Role.JOINT_UNIT), variables: { id: projectId } });
    await expectFacts(facts(1, 1, 0, 0), 'IN_PROGRESS');
    await graph.graphql(`mutation($id: ID!) { completeCoBuildingProject(id: $id, beneficiaries: 60) { status } }`, { token: token(Role.JOINT_UNIT), variables: { id: projectId } });
    await expectFacts(facts(1, 0, 1, 0), 'COMPLETED');
    const evaluated = await graph.graphql(`mutation($input: EvaluateCoBuildingProjectInput!) { evaluateCoBuildingProject(input: $input) { status } }`, {
      token: token(Role.COMMUNITY),
      variables: { input: { id: projectId, rating: 5, comment: '老人吃上热饭' } },
    });
    expect(evaluated.body).toEqual({ data: { evaluateCoBuildingProject: { status: 'EVALUATED' } } });
    await expectFacts(facts(1, 0, 1, 1), 'EVALUATED');

    // Facts count every linked project whoever asks (only the gateway reads them); the list keeps the usual scope:
    // a unit of another community sees neither the project nor, through the matter, its id.
    const other = graph.plan.jointUnits.find((unit) => unit.communityId !== scenario.community.id)!;
    const outsider = await matterEntities([matterId], await unitToken(other.id, other.communityId));
    expect(outsider.body).toEqual({ data: { _entities: [{ id: matterId, cobuildingFacts: facts(1, 0, 1, 1), projects: [] }] } });
  });

  it('counts a cancelled project as failed; only its unit or the area office may cancel, and only before it is done', async () => {
    const matterId = randomUUID();
    const created = await graph.graphql<{ createCoBuildingProject: { id: string } }>(CREATE, {
      token: token(Role.JOINT_UNIT),
      variables: { input: { needId, resourceId, title: '助餐点选址', matterCertificate: certificate(servedNeighborhood().id, MatterStep.SERVE, matterId) } },
    });
    const id = created.body.data!.createCoBuildingProject.id;
    const cancel = (callerToken: string, reason = '选址未获居民同意') =>
      graph.graphql(`mutation($input: CancelCoBuildingProjectInput!) { cancelCoBuildingProject(input: $input) { id status cancellationReason } }`, {
        token: callerToken,
        variables: { input: { id, reason } },
      });
    const other = graph.plan.jointUnits.find((unit) => unit.communityId !== scenario.community.id)!;
    expect((await cancel(await unitToken(other.id, scenario.community.id))).body).toEqual({
      data: null,
      errors: [{ message: 'This project is run by another unit: a unit manages only its own projects.', path: ['cancelCoBuildingProject'], extensions: { code: 'FORBIDDEN' } }],
    });
    // A branch of the neighborhood reads the project but does not run or oversee it.
    const branch = await graph.issuer.issue('branch-of-served', { role: Role.PARTY_BRANCH, org: randomUUID(), grant: { neighborhoodIds: [servedNeighborhood().id] } });
    expect((await cancel(branch)).body).toEqual({
      data: null,
      errors: [
        {
          message: 'Your role (PARTY_BRANCH) may not cancel projects here: only the unit running it, or the community, street or district office of this area, may.',
          path: ['cancelCoBuildingProject'],
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
    expect((await cancel(token(Role.JOINT_UNIT))).body).toEqual({ data: { cancelCoBuildingProject: { id, status: 'CANCELLED', cancellationReason: '选址未获居民同意' } } });
    expect((await cancel(token(Role.COMMUNITY))).body).toEqual({
      data: null,
      errors: [
        {
          message: 'This project is CANCELLED; only a PLANNED or IN_PROGRESS project can be cancelled.',
          path: ['cancelCoBuildingProject'],
          extensions: { code: 'CONFLICT', status: 'CANCELLED' },
        },
      ],
    });
    expect((await graph.graphql(`mutation($id: ID!) { startCoBuildingProject(id: $id) { status } }`, { token: token(Role.JOINT_UNIT), variables: { id } })).body).toEqual({
      data: null,
      errors: [
        {
          message: 'This project is CANCELLED; it can become IN_PROGRESS only from PLANNED.',
          path: ['startCoBuildingProject'],
          extensions: { code: 'CONFLICT', status: 'CANCELLED' },
        },
      ],
    });
    const response = await matterEntities([matterId], token(Role.JOINT_UNIT));
    expect(response.body).toEqual({ data: { _entities: [{ id: matterId, cobuildingFacts: facts(1, 0, 0, 0, 1), projects: [{ id, status: 'CANCELLED' }] }] } });
  });

  it('places a project for a community-level need in the matter’s neighborhood', async () => {
    const communityNeed = await raiseNeed({ certificate: issuePlaceCertificate({ ...pathOf(servedNeighborhood().id), neighborhoodId: null }, testStatementKeys('registry')) }, '社区助老');
    const matterId = randomUUID();
    const created = await graph.graphql(CREATE, {
      token: token(Role.JOINT_UNIT),
      variables: { input: { needId: communityNeed, resourceId, title: '社区助老服务', matterCertificate: certificate(servedNeighborhood().id, MatterStep.SERVE, matterId) } },
    });
    expect(created.body).toEqual({
      data: {
        createCoBuildingProject: {
          id: expect.any(String),
          status: 'PLANNED',
          neighborhood: { id: servedNeighborhood().id },
          community: { id: scenario.community.id },
          governanceMatter: { id: matterId },
        },
      },
    });
  });

  it('refuses a certificate for the owners’ decision (RESOLVE), a forged one, and one for a place the need is not in', async () => {
    const attempt = (matterCertificate: string, need = needId) =>
      graph.graphql(CREATE, { token: token(Role.JOINT_UNIT), variables: { input: { needId: need, resourceId, title: '越级项目', matterCertificate } } });
    const badInput = (message: string, extra: Record<string, unknown> = {}) => ({
      data: null,
      errors: [{ message, path: ['createCoBuildingProject'], extensions: { code: 'BAD_USER_INPUT', field: 'matterCertificate', ...extra } }],
    });

    expect((await attempt(certificate(servedNeighborhood().id, MatterStep.RESOLVE))).body).toEqual(
      badInput("This matter is waiting for the owners' assembly to decide it (决议); it cannot be served before the assembly adopts it.", { allowedStep: 'RESOLVE' }),
    );
    const genuine = certificate(servedNeighborhood().id);
    const forged = `${genuine.split('.')[0]}.${Buffer.from(JSON.stringify({ matterId: randomUUID(), step: 'SERVE', ...pathOf(servedNeighborhood().id), concernedCompanyId: null, issuedAt: Date.now() })).toString('base64url')}.${genuine.split('.')[2]}`;
    expect((await attempt(forged)).body).toEqual(
      badInput('matterCertificate is not one the party subgraph issued, or it is older than an hour: read it again from the matter (governanceMatter(id) { linkCertificate }).'),
    );

    const elsewhere = graph.plan.neighborhoods.find((n) => n.communityId !== scenario.community.id)!;
    expect((await attempt(certificate(elsewhere.id))).body).toEqual(
      badInput("This matter is in another community than the need: a project serves a matter of its need's own community. Choose a need of the matter's neighborhood."),
    );
    const neighbor = neighborhoodsOfDemoCommunity()[1];
    expect(neighbor).toBeDefined();
    expect((await attempt(certificate(neighbor.id))).body).toEqual(
      badInput("This matter is about another neighborhood than the need: choose a need of the matter's neighborhood, or one raised for the whole community."),
    );
  });

  it('refuses a unit not paired with the matter’s community, even with a grant naming it', async () => {
    const other = graph.plan.jointUnits.find((unit) => unit.communityId !== scenario.community.id)!;
    const ownResource = demo.resources.find((resource) => resource.unitId === other.id)!;
    const response = await graph.graphql(CREATE, {
      token: await unitToken(other.id, scenario.community.id),
      variables: { input: { needId, resourceId: ownResource.id, title: '未结对项目', matterCertificate: certificate(servedNeighborhood().id) } },
    });
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message: 'Your unit has no pairing in force with this community: a unit runs projects only where it is paired.',
          path: ['createCoBuildingProject'],
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
  });

  it('refuses a caller that is not a joint-building unit', async () => {
    const response = await graph.graphql(CREATE, {
      token: token(Role.COMMUNITY),
      variables: { input: { needId, resourceId, title: '代立项', matterCertificate: certificate(servedNeighborhood().id) } },
    });
    expect(response.body).toEqual({
      data: null,
      errors: [{ message: 'Only a joint-building unit (JOINT_UNIT) may plan projects.', path: ['createCoBuildingProject'], extensions: { code: 'FORBIDDEN' } }],
    });
  });
});

describe('the demo plan’s matters served by units', () => {
  const plannedMatters = () => graph.plan.governance.governanceMatters.filter((matter) => matter.project);

  it('seeds each planned project, linked to its matter at its planned progress', async () => {
    const matters = plannedMatters();
    expect(matters.length).toBeGreaterThan(0);
    const response = await graph.graphql<{ coBuildingProjects: { nodes: unknown[] } }>(
      `{ coBuildingProjects(first: 100) { nodes { id status rating unit { id } neighborhood { id } governanceMatter { id } } } }`,
      { token: token(Role.DISTRICT) },
    );
    // Projects linked to the plan's matters (the tests above link more, to matters of their own).
    const planned = new Set(matters.map((matter) => matter.id));
    const linked = (response.body.data!.coBuildingProjects.nodes as { governanceMatter: { id: string } | null }[]).filter(
      (project) => project.governanceMatter && planned.has(project.governanceMatter.id),
    );
    const statusOf = { IN_PROGRESS: 'IN_PROGRESS', COMPLETED: 'COMPLETED', EVALUATED: 'EVALUATED' } as const;
    expect(linked).toEqual(
      expect.arrayContaining(
        matters.map((matter) => ({
          id: matter.project!.id,
          status: statusOf[matter.project!.progress],
          rating: matter.project!.progress === 'EVALUATED' ? expect.any(Number) : null,
          unit: { id: matter.project!.unitId },
          neighborhood: { id: matter.neighborhoodId },
          governanceMatter: { id: matter.id },
        })),
      ),
    );
    expect(linked).toHaveLength(matters.length);
  });

  it('gives the facts of many matters in one statement', async () => {
    const matters = plannedMatters();
    const unknown = randomUUID();
    await matterEntities([unknown], token(Role.DISTRICT)); // opens the subgraph's connection before counting
    graph.resetSqlCount();
    const response = await graph.subgraphRequest(
      'cobuilding',
      {
        query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on GovernanceMatter { id ${FACTS} } } }`,
        variables: { r: [...matters.map((matter) => matter.id), unknown].map((id) => ({ __typename: 'GovernanceMatter', id })) },
      },
      gatewayHeaders('cobuilding', token(Role.RESIDENT)),
    );
    const expected = (progress: string) => facts(1, progress === 'IN_PROGRESS' ? 1 : 0, progress === 'IN_PROGRESS' ? 0 : 1, progress === 'EVALUATED' ? 1 : 0);
    expect(response.body).toEqual({
      data: {
        _entities: [...matters.map((matter) => ({ id: matter.id, cobuildingFacts: expected(matter.project!.progress) })), { id: unknown, cobuildingFacts: facts(0, 0, 0, 0) }],
      },
    });
    expect(graph.sqlStatements('cobuilding')).toBe(1);
  });
});

describe('Person.cobuildingPostSummaries (for Person.posts)', () => {
  const summaries = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id unitPosts { id } cobuildingPostSummaries } } }`;
  const summary = (post: CobuildingDemo['posts'][number]) => ({
    postId: post.id,
    organizationType: 'JointBuildingUnit',
    organizationId: post.unitId,
    kind: post.title,
    title: UNIT_POST_TITLE_TEXT[post.title as UnitPostTitle],
    since: post.since,
    until: null,
  });

  it('seeds the home post of every unit member appointed elsewhere (交叉任职)', () => {
    const appointed = graph.plan.governance.crossAppointments.filter((appointment) => appointment.home.type === 'JointBuildingUnit');
    expect(appointed.length).toBeGreaterThan(0);
    for (const appointment of appointed) {
      expect(demo.posts).toContainEqual(
        expect.objectContaining({ unitId: appointment.home.id, personId: appointment.personId, communityId: appointment.communityId, since: appointment.termStart }),
      );
    }
  });

  it('summarises the posts the caller may read, as Person.unitPosts does, in one statement for many people', async () => {
    const appointed = graph.plan.governance.crossAppointments.filter((appointment) => appointment.home.type === 'JointBuildingUnit');
    const people = [...new Set([...appointed.map((appointment) => appointment.personId), demo.posts[0].personId])];
    const postsOf = (personId: string, keep: (post: CobuildingDemo['posts'][number]) => boolean) =>
      demo.posts.filter((post) => post.personId === personId && keep(post)).sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : a.id < b.id ? -1 : 1));
    const request = (callerToken: string) =>
      graph.subgraphRequest('cobuilding', { query: summaries, variables: { r: people.map((id) => ({ __typename: 'Person', id })) } }, gatewayHeaders('cobuilding', callerToken));

    await request(token(Role.DISTRICT)); // opens the subgraph's connection before counting
    graph.resetSqlCount();
    const district = await request(token(Role.DISTRICT));
    expect(graph.sqlStatements('cobuilding')).toBe(1); // unitPosts and the summaries share one loader
    expect(district.body).toEqual({
      data: {
        _entities: people.map((id) => ({ id, unitPosts: postsOf(id, () => true).map((post) => ({ id: post.id })), cobuildingPostSummaries: postsOf(id, () => true).map(summary) })),
      },
    });

    // A community office reads the posts serving its own community only; a property company, whose grant names
    // neighborhoods, reads none (posts belong to a community).
    const community = await request(token(Role.COMMUNITY));
    const inCommunity = (post: CobuildingDemo['posts'][number]) => post.communityId === scenario.community.id;
    expect(community.body).toEqual({
      data: {
        _entities: people.map((id) => ({ id, unitPosts: postsOf(id, inCommunity).map((post) => ({ id: post.id })), cobuildingPostSummaries: postsOf(id, inCommunity).map(summary) })),
      },
    });
    const company = await request(token(Role.PROPERTY_COMPANY));
    expect(company.body).toEqual({ data: { _entities: people.map((id) => ({ id, unitPosts: [], cobuildingPostSummaries: [] })) } });
  });
});
