import pg from 'pg';
import { Role } from '../../../platform/access/role.js';
import { demoScenario } from '../../../../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';

let graph: GraphStack;
let db: pg.Client;
beforeAll(async () => {
  graph = await startGraph();
  db = new pg.Client({ connectionString: graph.adminDatabaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await graph?.stop();
});

const token = (role: Role) => graph.tokens.get(role)!;
const refusal = (path: string, message: string, code: string, details: Record<string, unknown> = {}) => ({ data: null, errors: [{ message, path: [path], extensions: { code, ...details } }] });
const eventsOf = async (recordId: string) => (await db.query<{ type: string }>('select type from party.event_outbox where record_id = $1 order by occurred_at', [recordId])).rows.map((row) => row.type);
const day = () => graph.clock.now().toISOString().slice(0, 10);

const MATTER_FIELDS = 'id version stage nextStep withdrawnOn withdrawnBy withdrawalReason';
const WITHDRAW = `mutation($input: WithdrawGovernanceMatterInput!) { withdrawGovernanceMatter(input: $input) { ${MATTER_FIELDS} } }`;
const MATTER = `query($id: ID!) { governanceMatter(id: $id) { ${MATTER_FIELDS} } }`;

async function propose(title: string): Promise<string> {
  const { neighborhood } = demoScenario(graph.plan);
  const response = await graph.graphql<{ proposeGovernanceMatter: { id: string } }>(
    `mutation($input: ProposeGovernanceMatterInput!) { proposeGovernanceMatter(input: $input) { id } }`,
    { token: token(Role.PARTY_BRANCH), variables: { input: { neighborhoodId: neighborhood.id, title, description: '说明', category: 'ENVIRONMENT' } } },
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.proposeGovernanceMatter.id;
}

describe('withdrawing a governance matter (撤回)', () => {
  it('lets the branch withdraw a proposed matter with a reason, keeps it, and refuses others and stale versions', async () => {
    const id = await propose('增设快递柜');
    const input = { matterId: id, expectedVersion: 1, reason: '居民意见已另行解决' };
    const untouched = { data: { governanceMatter: { id, version: 1, stage: 'PROPOSED', nextStep: null, withdrawnOn: null, withdrawnBy: null, withdrawalReason: null } } };

    // The property company reads the matter but does not speak for the branch; a resident does not either.
    expect((await graph.graphql(WITHDRAW, { token: token(Role.PROPERTY_COMPANY), variables: { input } })).body).toEqual(
      refusal('withdrawGovernanceMatter', `Your role (PROPERTY_COMPANY) may not withdraw this matter: its branch (${demoScenario(graph.plan).branch.name}) or the offices over it may.`, 'FORBIDDEN', {
        organizationId: demoScenario(graph.plan).branch.id,
      }),
    );
    expect((await graph.graphql(WITHDRAW, { token: token(Role.RESIDENT), variables: { input } })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const otherStreet = graph.plan.streets.find((street) => street.id !== demoScenario(graph.plan).street.id)!;
    const otherStreetToken = await graph.issuer.issue('other-street', { role: Role.STREET, grant: { streetIds: [otherStreet.id] } }, { expiresIn: '1h' });
    expect((await graph.graphql(WITHDRAW, { token: otherStreetToken, variables: { input } })).body).toEqual(refusal('withdrawGovernanceMatter', `No GovernanceMatter with id "${id}" is visible to you.`, 'NOT_FOUND', { id, typeName: 'GovernanceMatter' }));
    expect((await graph.graphql(WITHDRAW, { token: token(Role.PARTY_BRANCH), variables: { input: { ...input, expectedVersion: 5 } } })).body).toEqual(
      refusal('withdrawGovernanceMatter', 'This matter is at version 1, not 5: someone changed it since you read it. Reload and try again.', 'CONFLICT'),
    );
    expect((await graph.graphql(MATTER, { token: token(Role.PARTY_BRANCH), variables: { id } })).body).toEqual(untouched);
    expect(await eventsOf(id)).toEqual(['governance.matter.proposed']);

    const withdrawn = { id, version: 2, stage: 'WITHDRAWN', nextStep: null, withdrawnOn: day(), withdrawnBy: 'demo-party-branch', withdrawalReason: '居民意见已另行解决' };
    expect((await graph.graphql(WITHDRAW, { token: token(Role.PARTY_BRANCH), variables: { input } })).body).toEqual({ data: { withdrawGovernanceMatter: withdrawn } });
    expect((await graph.graphql(MATTER, { token: token(Role.PROPERTY_COMPANY), variables: { id } })).body).toEqual({ data: { governanceMatter: withdrawn } });
    expect(await eventsOf(id)).toEqual(['governance.matter.proposed', 'governance.matter.withdrawn']);
    expect((await graph.graphql(WITHDRAW, { token: token(Role.PARTY_BRANCH), variables: { input: { ...input, expectedVersion: 2 } } })).body).toEqual(
      refusal('withdrawGovernanceMatter', `This matter was already withdrawn on ${day()}.`, 'CONFLICT'),
    );
    const listed = await graph.graphql(`query($id: ID!) { neighborhood(id: $id) { governanceMatters(stage: WITHDRAWN) { nodes { id } } } }`, {
      token: token(Role.RESIDENT),
      variables: { id: demoScenario(graph.plan).neighborhood.id },
    });
    expect(listed.body).toEqual({ data: { neighborhood: { governanceMatters: { nodes: [{ id }] } } } });
  });

  it('refuses to withdraw a matter a joint meeting agreed', async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const agreed = graph.plan.governance.governanceMatters.find((matter) => matter.neighborhoodId === neighborhood.id && matter.deliberation?.outcome === 'AGREED')!;
    const response = await graph.graphql(WITHDRAW, { token: token(Role.PARTY_BRANCH), variables: { input: { matterId: agreed.id, expectedVersion: 1, reason: '撤回' } } });
    expect(response.body).toEqual(
      refusal('withdrawGovernanceMatter', 'A joint meeting has already agreed or rejected this matter: it can no longer be withdrawn (only a PROPOSED matter can).', 'CONFLICT'),
    );
    expect(await eventsOf(agreed.id)).toEqual([]);
  });
});

const MEETING_FIELDS = 'id version heldAt status reschedulings { previousHeldAt heldAt reason rescheduledBy createdAt }';
const RESCHEDULE = `mutation($input: RescheduleJointMeetingInput!) { rescheduleJointMeeting(input: $input) { ${MEETING_FIELDS} } }`;

async function convene(heldAt: Date): Promise<string> {
  const { neighborhood, resident, communityWorker } = demoScenario(graph.plan);
  const response = await graph.graphql<{ conveneJointMeeting: { id: string } }>(`mutation($input: ConveneJointMeetingInput!) { conveneJointMeeting(input: $input) { id } }`, {
    token: token(Role.PARTY_BRANCH),
    variables: { input: { neighborhoodId: neighborhood.id, heldAt: heldAt.toISOString(), location: '红帆驿站', participants: [
          { personId: resident.id, capacity: 'RESIDENT', attended: true },
          { personId: communityWorker.id, capacity: 'GOVERNMENT', attended: true },
        ] } },
  });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.conveneJointMeeting.id;
}

describe('rescheduling a joint meeting (改期)', () => {
  it('moves a scheduled meeting with a reason, keeps each change, and refuses others, stale versions and past times', async () => {
    const first = new Date(graph.clock.now().getTime() + 2 * 86_400_000);
    const later = new Date(first.getTime() + 86_400_000);
    const id = await convene(first);
    const input = { meetingId: id, expectedVersion: 1, heldAt: later.toISOString(), reason: '物业负责人出差' };
    expect((await graph.graphql(RESCHEDULE, { token: token(Role.PROPERTY_COMPANY), variables: { input } })).body).toEqual(
      refusal('rescheduleJointMeeting', `Your role (PROPERTY_COMPANY) may not reschedule this meeting: its branch (${demoScenario(graph.plan).branch.name}) or the offices over it may.`, 'FORBIDDEN', {
        organizationId: demoScenario(graph.plan).branch.id,
      }),
    );
    expect((await graph.graphql(RESCHEDULE, { token: token(Role.PARTY_BRANCH), variables: { input: { ...input, expectedVersion: 3 } } })).body.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await graph.graphql(RESCHEDULE, { token: token(Role.PARTY_BRANCH), variables: { input: { ...input, heldAt: '2020-01-01T00:00:00.000Z' } } })).body).toEqual(
      refusal('rescheduleJointMeeting', 'The new time must be in the future (by the server clock).', 'BAD_USER_INPUT', { field: 'heldAt' }),
    );
    expect((await db.query('select count(*)::int as n from party.joint_meeting_rescheduling where meeting_id = $1', [id])).rows[0].n).toBe(0);
    expect(await eventsOf(id)).toEqual([]);

    const response = await graph.graphql<{ rescheduleJointMeeting: { reschedulings: { createdAt: string }[] } }>(RESCHEDULE, { token: token(Role.PARTY_BRANCH), variables: { input } });
    const createdAt = response.body.data?.rescheduleJointMeeting.reschedulings[0]?.createdAt;
    expect(response.body).toEqual({
      data: {
        rescheduleJointMeeting: {
          id, version: 2, heldAt: later.toISOString(), status: 'SCHEDULED',
          reschedulings: [{ previousHeldAt: first.toISOString(), heldAt: later.toISOString(), reason: '物业负责人出差', rescheduledBy: 'demo-party-branch', createdAt }],
        },
      },
    });
    expect(await eventsOf(id)).toEqual(['governance.meeting.rescheduled']);
  });

  it('refuses to reschedule a meeting already held', async () => {
    const id = await convene(new Date(graph.clock.now().getTime() - 3_600_000));
    const input = { meetingId: id, expectedVersion: 1, heldAt: new Date(graph.clock.now().getTime() + 86_400_000).toISOString(), reason: '改期' };
    expect((await graph.graphql(RESCHEDULE, { token: token(Role.PARTY_BRANCH), variables: { input } })).body).toEqual(
      refusal('rescheduleJointMeeting', 'This meeting has already been held: a held meeting is not rescheduled (convene a new one).', 'CONFLICT'),
    );
  });
});
