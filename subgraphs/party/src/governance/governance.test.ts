/* eslint-disable max-lines -- party's part of 三方联动 (the seeded data, matters through the gateway, cross-appointments): one file per feature, each test self-contained on the suite's own copy of the demo district, so the feature's queries and helpers are written once */
import pg from 'pg';
import { Role } from '../../../platform/access/role.js';
import { demoScenario } from '../../../../infra/demo/demo-tokens.js';
import { startGraph, type GraphResponse, type GraphStack } from '../../../../test/harness/graph-stack.js';
import { planPartyData, type PartyDemoData } from '../../seeders/party.seeder.js';
import { PartyPostKind } from '../post/post-kinds.js';
import { today } from '../post/post-term.js';

let graph: GraphStack;
let data: PartyDemoData;
/** The suite database as the superuser, to read what the file's tests have added so far (they run in any order). */
let admin: pg.Client;
beforeAll(async () => {
  graph = await startGraph();
  data = planPartyData(graph.plan);
  admin = new pg.Client({ connectionString: graph.adminDatabaseUrl });
  await admin.connect();
});
afterAll(async () => {
  await admin?.end();
  await graph?.stop();
});
/** Rows of a party table that are not the plan's (`planIds`): those the file's other tests added before this one, by plain SQL. */
const addedRows = async <R>(table: string, columns: string, planIds: string[], where = 'true', params: unknown[] = []): Promise<R[]> =>
  (await admin.query(`select ${columns} from party.${table} t where not (t.id = any($1::uuid[])) and ${where}`, [planIds, ...params])).rows as R[];

const token = (role: Role) => graph.tokens.get(role)!;
const codeOf = (response: GraphResponse) => response.body.errors?.[0]?.extensions?.code;

const PROPOSE = `mutation($input: ProposeGovernanceMatterInput!) {
  proposeGovernanceMatter(input: $input) { id title category needsOwnersDecision stage nextStep proposedBy { id } neighborhood { id } deliberations { outcome } }
}`;
const CONVENE = `mutation($input: ConveneJointMeetingInput!) {
  conveneJointMeeting(input: $input) { id status location participants { person { id } capacity attended organization { __typename ... on PartyOrganization { id } ... on PropertyCompany { id } } } }
}`;
const DELIBERATE = `mutation($input: RecordDeliberationInput!) { recordDeliberation(input: $input) { outcome note meeting { id } matter { id stage } } }`;
const MATTER = `query($id: ID!) { governanceMatter(id: $id) { id stage nextStep linkCertificate deliberations { outcome meeting { id } } } }`;

/** Proposes a matter for the demo neighborhood with the demo branch's token. */
async function propose(title: string) {
  const { neighborhood } = demoScenario(graph.plan);
  const response = await graph.graphql<{ proposeGovernanceMatter: { id: string } }>(PROPOSE, {
    token: token(Role.PARTY_BRANCH),
    variables: { input: { neighborhoodId: neighborhood.id, title, description: '楼道照明更换为声控灯', category: 'FACILITY_REPAIR' } },
  });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.proposeGovernanceMatter.id;
}

/** Convenes a meeting in the demo neighborhood, held `offsetMs` from now. */
async function convene(offsetMs: number, role = Role.PARTY_BRANCH) {
  const { neighborhood, company, branch, resident } = demoScenario(graph.plan);
  const manager = graph.plan.governance.projectManagers.find((row) => row.companyId === company.id && row.neighborhoodId === neighborhood.id)!;
  return graph.graphql<{ conveneJointMeeting: { id: string } }>(CONVENE, {
    token: token(role),
    variables: {
      input: {
        neighborhoodId: neighborhood.id,
        heldAt: new Date(Date.now() + offsetMs).toISOString(),
        location: '小区红帆驿站',
        minutes: '商议楼道照明更换。',
        participants: [
          { personId: resident.id, capacity: 'RESIDENT', attended: true },
          { personId: manager.personId, capacity: 'PROPERTY_COMPANY', organization: { type: 'PROPERTY_COMPANY', id: company.id }, attended: true },
          { personId: data.posts.find((post) => post.organizationId === branch.id && post.kind === PartyPostKind.SECRETARY)!.personId, capacity: 'PARTY', organization: { type: 'PARTY_ORGANIZATION', id: branch.id }, attended: true },
        ],
      },
    },
  });
}

// The suites below add matters, meetings and appointments to the same database, in any order: the figures expected
// here are the plan's plus the rows added so far.
describe('the seeded demo governance data', () => {
  it('holds every planned matter, meeting and appointment, counted in the district statistics', async () => {
    const { governance } = graph.plan;
    const day = today();
    const response = await graph.graphql<{
      governanceMatters: { totalCount: number };
      jointMeetings: { totalCount: number };
      districts: { nodes: { partyStatistics: Record<string, unknown> & { crossAppointmentsByKind: { kind: string; count: number }[] } }[] };
    }>(
      `{ governanceMatters(first: 1) { totalCount } jointMeetings(first: 1) { totalCount }
         districts { nodes { partyStatistics { crossAppointmentsByKind { kind count } jointMeetingsHeld governanceMattersProposed governanceMattersDeliberated governanceMattersAgreed } } } }`,
      { token: token(Role.DISTRICT) },
    );
    expect(response.body.errors).toBeUndefined();
    const body = response.body.data!;
    const addedMatters = await addedRows<{ deliberated: boolean; agreed: boolean }>(
      'governance_matter',
      `exists (select 1 from party.matter_deliberation d where d.matter_id = t.id) as deliberated,
       exists (select 1 from party.matter_deliberation d where d.matter_id = t.id and d.outcome = 'AGREED') as agreed`,
      governance.governanceMatters.map((matter) => matter.id),
    );
    const addedMeetings = await addedRows<{ heldAt: Date }>('joint_meeting', 'held_at as "heldAt"', governance.jointMeetings.map((meeting) => meeting.id));
    const addedAppointments = await addedRows<{ kind: string; termStart: string; lastDay: string }>(
      'cross_appointment',
      'kind, term_start::text as "termStart", coalesce(ended_on, term_end)::text as "lastDay"',
      governance.crossAppointments.map((row) => row.id),
    );
    expect(body.governanceMatters.totalCount).toBe(governance.governanceMatters.length + addedMatters.length);
    expect(body.jointMeetings.totalCount).toBe(governance.jointMeetings.length + addedMeetings.length);
    const statistics = body.districts.nodes[0].partyStatistics;
    expect(statistics).toMatchObject({
      jointMeetingsHeld: governance.jointMeetings.length + addedMeetings.filter((meeting) => meeting.heldAt.getTime() <= Date.now()).length,
      governanceMattersProposed: governance.governanceMatters.length + addedMatters.length,
      governanceMattersDeliberated: governance.governanceMatters.filter((matter) => matter.deliberation).length + addedMatters.filter((matter) => matter.deliberated).length,
      governanceMattersAgreed: governance.governanceMatters.filter((matter) => matter.deliberation?.outcome === 'AGREED').length + addedMatters.filter((matter) => matter.agreed).length,
    });
    const active = [
      ...governance.crossAppointments.filter((row) => row.termStart <= day && day <= row.termEnd),
      ...addedAppointments.filter((row) => row.termStart <= day && day <= row.lastDay),
    ];
    const counted = Object.fromEntries(statistics.crossAppointmentsByKind.map((row) => [row.kind, row.count]));
    for (const [kind, count] of Object.entries(counted)) expect(count).toBe(active.filter((row) => row.kind === kind).length);
    expect(statistics.crossAppointmentsByKind).toHaveLength(9);
    expect(governance.crossAppointments.length).toBeGreaterThan(10);
    // The community party committees carry the plan's ids.
    expect(governance.communityPartyCommittees.map((committee) => committee.id).every((id) => data.organizations.some((row) => row.id === id))).toBe(true);
  });

  it("scopes the demo neighborhood's seeded matters to the company serving it and hides them from residents", async () => {
    const { company } = demoScenario(graph.plan);
    const served = graph.plan.governance.governanceMatters.filter((matter) => company.neighborhoodIds.includes(matter.neighborhoodId));
    const LIST = `{ governanceMatters(first: 100) { totalCount nodes { id stage } } }`;
    const forCompany = await graph.graphql<{ governanceMatters: { totalCount: number; nodes: { id: string; stage: string }[] } }>(LIST, { token: token(Role.PROPERTY_COMPANY) });
    expect(forCompany.body.errors).toBeUndefined();
    // With the matters the file's other tests proposed in those neighborhoods before this one.
    const added = await addedRows('governance_matter', 'id', graph.plan.governance.governanceMatters.map((matter) => matter.id), 't.neighborhood_id = any($2::uuid[])', [company.neighborhoodIds]);
    expect(forCompany.body.data!.governanceMatters.totalCount).toBe(served.length + added.length);
    const stageOf = new Map(forCompany.body.data!.governanceMatters.nodes.map((node) => [node.id, node.stage]));
    for (const matter of served) {
      if (!matter.deliberation) expect(stageOf.get(matter.id)).toBe('PROPOSED');
      else if (matter.deliberation.outcome === 'REJECTED') expect(stageOf.get(matter.id)).toBe('REJECTED');
    }
    // A resident reads the matters of the neighborhoods they live in or own a unit in, never more than the company serving them sees.
    const resident = await graph.graphql<{ governanceMatters: { totalCount: number } }>(LIST, { token: token(Role.RESIDENT) });
    expect(resident.body.errors).toBeUndefined();
    expect(resident.body.data!.governanceMatters.totalCount).toBeLessThanOrEqual(served.length);
  });
});

describe('governance matters (三议一服务) through the gateway', () => {
  it('lets the branch propose a matter and refuses a property company', async () => {
    const { neighborhood, branch } = demoScenario(graph.plan);
    const input = { neighborhoodId: neighborhood.id, title: '增设休闲座椅', description: '在中心花园增设休闲座椅', category: 'ENVIRONMENT' };
    const proposed = await graph.graphql(PROPOSE, { token: token(Role.PARTY_BRANCH), variables: { input } });
    expect(proposed.body).toEqual({
      data: {
        proposeGovernanceMatter: {
          id: expect.any(String),
          title: '增设休闲座椅',
          category: 'ENVIRONMENT',
          needsOwnersDecision: false,
          stage: 'PROPOSED',
          nextStep: null,
          proposedBy: { id: branch.id },
          neighborhood: { id: neighborhood.id },
          deliberations: [],
        },
      },
    });
    const refused = await graph.graphql(PROPOSE, { token: token(Role.PROPERTY_COMPANY), variables: { input } });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.body.errors![0].path).toEqual(['proposeGovernanceMatter']);
    const wrongCategory = await graph.graphql(PROPOSE, {
      token: token(Role.PARTY_BRANCH),
      variables: { input: { ...input, category: 'MAINTENANCE_FUND_USE', needsOwnersDecision: false } },
    });
    expect(codeOf(wrongCategory)).toBe('BAD_USER_INPUT');
  });

  it('moves a matter from PROPOSED to DELIBERATED when a held joint meeting agrees it, and gives link certificates only to who may link', async () => {
    const { company, branch } = demoScenario(graph.plan);
    const matterId = await propose('楼道照明改造');
    const meeting = await convene(-3600_000);
    expect(meeting.body.errors).toBeUndefined();
    const meetingId = meeting.body.data!.conveneJointMeeting.id;
    expect(meeting.body.data!.conveneJointMeeting).toMatchObject({
      status: 'HELD',
      participants: [
        { capacity: 'RESIDENT', organization: null, attended: true },
        { capacity: 'PROPERTY_COMPANY', organization: { __typename: 'PropertyCompany', id: company.id } },
        { capacity: 'PARTY', organization: { __typename: 'PartyOrganization', id: branch.id } },
      ],
    });

    const before = await graph.graphql(MATTER, { token: token(Role.PARTY_BRANCH), variables: { id: matterId } });
    expect(before.body).toEqual({ data: { governanceMatter: { id: matterId, stage: 'PROPOSED', nextStep: null, linkCertificate: null, deliberations: [] } } });

    const deliberated = await graph.graphql(DELIBERATE, {
      token: token(Role.PARTY_BRANCH),
      variables: { input: { meetingId, matterId, outcome: 'AGREED', note: '同意实施' } },
    });
    expect(deliberated.body).toEqual({
      data: { recordDeliberation: { outcome: 'AGREED', note: '同意实施', meeting: { id: meetingId }, matter: { id: matterId, stage: 'DELIBERATED' } } },
    });

    const read = async (role: Role) => (await graph.graphql<{ governanceMatter: { stage: string; nextStep: string | null; linkCertificate: string | null } }>(MATTER, { token: token(role), variables: { id: matterId } })).body;
    const forBranch = await read(Role.PARTY_BRANCH);
    expect(forBranch.data!.governanceMatter).toMatchObject({ stage: 'DELIBERATED', nextStep: 'SERVE', deliberations: [{ outcome: 'AGREED', meeting: { id: meetingId } }] });
    expect(forBranch.data!.governanceMatter.linkCertificate).toEqual(expect.any(String));
    // SERVE: the property company of the neighborhood may link; the owners' committee may read but not link.
    expect((await read(Role.PROPERTY_COMPANY)).data!.governanceMatter.linkCertificate).toEqual(expect.any(String));
    expect((await read(Role.OWNERS_COMMITTEE)).data!.governanceMatter).toMatchObject({ stage: 'DELIBERATED', linkCertificate: null });
    // A resident of the matter's neighborhood reads it, but is never given a link certificate.
    const resident = await graph.graphql<{ governanceMatter: { linkCertificate: string | null } }>(MATTER, { token: token(Role.RESIDENT), variables: { id: matterId } });
    expect(resident.body.errors).toBeUndefined();
    expect(resident.body.data!.governanceMatter.linkCertificate).toBeNull();

    const again = await graph.graphql(DELIBERATE, { token: token(Role.PARTY_BRANCH), variables: { input: { meetingId, matterId, outcome: 'REJECTED', note: '' } } });
    expect(codeOf(again)).toBe('CONFLICT');
  });

  it('refuses deliberations of a meeting not yet held and of a matter of another neighborhood', async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const matterId = await propose('单元门禁维修');
    const future = await convene(24 * 3600_000);
    expect(future.body.data!.conveneJointMeeting).toMatchObject({ status: 'SCHEDULED' });
    const early = await graph.graphql(DELIBERATE, {
      token: token(Role.PARTY_BRANCH),
      variables: { input: { meetingId: future.body.data!.conveneJointMeeting.id, matterId, outcome: 'AGREED', note: '' } },
    });
    expect(codeOf(early)).toBe('BAD_USER_INPUT');

    const held = await convene(-60_000, Role.DISTRICT);
    const elsewhere = graph.plan.governance.governanceMatters.find((matter) => matter.neighborhoodId !== neighborhood.id && !matter.deliberation)!;
    const foreign = await graph.graphql(DELIBERATE, {
      token: token(Role.DISTRICT),
      variables: { input: { meetingId: held.body.data!.conveneJointMeeting.id, matterId: elsewhere.id, outcome: 'AGREED', note: '' } },
    });
    expect(codeOf(foreign)).toBe('BAD_USER_INPUT');
  });
});

describe('cross-appointments (交叉任职) and Person.posts', () => {
  const APPOINT = `mutation($input: AppointCrossPostInput!) {
    appointCrossPost(input: $input) { id kind title status termStart termEnd person { id } home { __typename ... on Community { id } ... on JointBuildingUnit { id } } host { __typename ... on PartyOrganization { id name } ... on PropertyCompany { id } } }
  }`;

  async function communityCertificate(): Promise<string> {
    const { community } = demoScenario(graph.plan);
    const response = await graph.graphql<{ community: { placeCertificate: string } }>(`{ community(id: "${community.id}") { placeCertificate } }`, { token: token(Role.COMMUNITY) });
    return response.body.data!.community.placeCertificate;
  }

  it('refuses a kind whose home or host is of the wrong type, and a term over 5 years', async () => {
    const { community, company, communityWorker } = demoScenario(graph.plan);
    const input = {
      placeCertificate: await communityCertificate(),
      personId: communityWorker.id,
      kind: 'PROPERTY_MANAGER_BRANCH_COMMITTEE',
      home: { type: 'COMMUNITY', id: community.id },
      host: { type: 'PROPERTY_COMPANY', id: company.id },
      termStart: '2026-01-01',
      termEnd: '2028-12-31',
    };
    const wrong = await graph.graphql(APPOINT, { token: token(Role.COMMUNITY), variables: { input } });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.body.errors![0].message).toBe('A PROPERTY_MANAGER_BRANCH_COMMITTEE comes from a PropertyCompany and serves in a PartyOrganization: home must be a PropertyCompany, not a Community.');
    const long = await graph.graphql(APPOINT, {
      token: token(Role.COMMUNITY),
      variables: { input: { ...input, kind: 'COMMUNITY_PROPERTY_SUPERVISOR', termEnd: '2031-01-02' } },
    });
    expect(codeOf(long)).toBe('BAD_USER_INPUT');
    const resident = await graph.graphql(APPOINT, { token: token(Role.RESIDENT), variables: { input: { ...input, kind: 'COMMUNITY_PROPERTY_SUPERVISOR' } } });
    expect(codeOf(resident)).toBe('FORBIDDEN');
  });

  it('lists party posts and cross-appointments together in Person.posts, latest first', async () => {
    const { branch, jointUnit } = demoScenario(graph.plan);
    const secretary = data.posts.find((post) => post.organizationId === branch.id && post.kind === PartyPostKind.SECRETARY)!;
    const appointed = await graph.graphql<{ appointCrossPost: { id: string } }>(APPOINT, {
      token: token(Role.COMMUNITY),
      variables: {
        input: {
          placeCertificate: await communityCertificate(),
          personId: secretary.personId,
          kind: 'FIRST_SECRETARY',
          home: { type: 'JOINT_BUILDING_UNIT', id: jointUnit.id },
          host: { type: 'PARTY_ORGANIZATION', id: branch.id },
          termStart: '2026-03-01',
          termEnd: '2029-02-28',
        },
      },
    });
    expect(appointed.body).toEqual({
      data: {
        appointCrossPost: {
          id: expect.any(String),
          kind: 'FIRST_SECRETARY',
          title: '第一书记',
          status: 'ACTIVE',
          termStart: '2026-03-01',
          termEnd: '2029-02-28',
          person: { id: secretary.personId },
          home: { __typename: 'JointBuildingUnit', id: jointUnit.id },
          host: { __typename: 'PartyOrganization', id: branch.id, name: branch.name },
        },
      },
    });
    const planned = graph.plan.governance.crossAppointments.filter((row) => row.personId === secretary.personId);
    const partyPosts = data.posts.filter((post) => post.personId === secretary.personId);
    const response = await graph.graphql<{ person: { posts: { kind: string; since: string; source: string; organization: { id: string } | null; crossAppointment: { id: string } | null }[] } }>(
      `query($id: ID!) { person(id: $id) { posts { kind title since until source organization { ... on PartyOrganization { id } ... on PropertyCompany { id } ... on Community { id } } crossAppointment { id } } } }`,
      { token: token(Role.DISTRICT), variables: { id: secretary.personId } },
    );
    expect(response.body.errors).toBeUndefined();
    const posts = response.body.data!.person.posts.filter((post) => post.source === 'party');
    expect(posts).toHaveLength(partyPosts.length + planned.length + 1);
    expect(posts).toContainEqual({ kind: 'SECRETARY', title: '书记', since: secretary.termStart, until: secretary.termEnd, source: 'party', organization: { id: branch.id }, crossAppointment: null });
    expect(posts).toContainEqual({
      kind: 'FIRST_SECRETARY', title: '第一书记', since: '2026-03-01', until: '2029-02-28', source: 'party', organization: { id: branch.id },
      crossAppointment: { id: appointed.body.data!.appointCrossPost.id },
    });
    const since = response.body.data!.person.posts.map((post) => post.since ?? '');
    expect(since).toEqual([...since].sort().reverse());
  });

  it("shows the plan's three-post person's branch appointment, to the district and not to a stranger", async () => {
    const [multi] = graph.plan.governance.multiPostPersons;
    const QUERY = `query($id: ID!) { person(id: $id) { crossAppointments { kind host { ... on PartyOrganization { id } } } } }`;
    const appointment = graph.plan.governance.crossAppointments.find((row) => row.personId === multi.personId && row.kind === 'PROPERTY_MANAGER_BRANCH_COMMITTEE')!;
    const district = await graph.graphql(QUERY, { token: token(Role.DISTRICT), variables: { id: multi.personId } });
    expect((district.body.data as { person: { crossAppointments: unknown[] } }).person.crossAppointments).toContainEqual({ kind: 'PROPERTY_MANAGER_BRANCH_COMMITTEE', host: { id: appointment.host.id } });
    const resident = await graph.graphql(QUERY, { token: token(Role.RESIDENT), variables: { id: multi.personId } });
    expect(resident.body.data).toEqual({ person: { crossAppointments: [] } });
  });
});
