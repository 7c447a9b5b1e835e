import { Role } from '../../../platform/access/role.js';
import { demoScenario } from '../../../../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';
import { planPartyData, type PartyDemoData } from '../../seeders/party.seeder.js';
import { crossAppointmentStatus } from './cross-appointment-kinds.js';

let graph: GraphStack;
let data: PartyDemoData;
beforeAll(async () => {
  graph = await startGraph();
  data = planPartyData(graph.plan);
});
afterAll(async () => {
  await graph?.stop();
});

const token = (role: Role) => graph.tokens.get(role)!;
const day = (offsetDays = 0) => new Date(graph.clock.now().getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const LIST = `query($id: ID!, $status: CrossAppointmentStatus, $first: Int, $after: String) { partyOrganization(id: $id) {
  crossAppointments(status: $status, first: $first, after: $after) { totalCount nodes { id kind status } pageInfo { hasNextPage endCursor } } } }`;
const sides = (organizationId: string) =>
  data.crossAppointments
    .filter((row) => (row.homeType === 'PartyOrganization' && row.homeId === organizationId) || (row.hostType === 'PartyOrganization' && row.hostId === organizationId))
    .sort((a, b) => a.termStart.localeCompare(b.termStart) || a.id.localeCompare(b.id));

/** The party organisation with the most cross-appointments on either side. */
function busiest() {
  const ids = data.organizations.map((row) => row.id);
  return ids.reduce((best, id) => (sides(id).length > sides(best).length ? id : best), ids[0]);
}

describe("an organisation's cross-appointments (交叉任职)", () => {
  it('lists them as a connection by term start, filtered by status, for its party office only', async () => {
    const id = busiest();
    const expected = sides(id);
    expect(expected.length).toBeGreaterThan(1);
    const node = (row: (typeof expected)[number]) => ({ id: row.id, kind: row.kind, status: crossAppointmentStatus(row, day()) });
    const first = await graph.graphql<{ partyOrganization: { crossAppointments: { pageInfo: { endCursor: string } } } }>(LIST, { token: token(Role.DISTRICT), variables: { id, first: 1 } });
    expect(first.body).toEqual({
      data: { partyOrganization: { crossAppointments: { totalCount: expected.length, nodes: [node(expected[0])], pageInfo: { hasNextPage: true, endCursor: first.body.data!.partyOrganization.crossAppointments.pageInfo.endCursor } } } },
    });
    const rest = await graph.graphql<{ partyOrganization: { crossAppointments: { nodes: unknown[] } } }>(LIST, {
      token: token(Role.DISTRICT),
      variables: { id, first: 100, after: first.body.data!.partyOrganization.crossAppointments.pageInfo.endCursor },
    });
    expect(rest.body.data!.partyOrganization.crossAppointments.nodes).toEqual(expected.slice(1).map(node));
    const active = await graph.graphql<{ partyOrganization: { crossAppointments: { nodes: unknown[] } } }>(LIST, { token: token(Role.DISTRICT), variables: { id, status: 'ACTIVE', first: 100 } });
    expect(active.body.data!.partyOrganization.crossAppointments.nodes).toEqual(expected.filter((row) => crossAppointmentStatus(row, day()) === 'ACTIVE').map(node));

    const refused = await graph.graphql(LIST, { token: token(Role.RESIDENT), variables: { id } });
    expect(refused.body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

describe('ending a cross-appointment (提前离任)', () => {
  const END = `mutation($input: EndCrossAppointmentInput!) { endCrossAppointment(input: $input) { id version status endedOn endedAt endedBy endReason termStart termEnd } }`;

  it('lets the organisation department end it within the term with the version it read and a reason, keeping who and when, lists it as ended, and refuses others, a stale version and a second ending', async () => {
    const { street } = demoScenario(graph.plan);
    const appointment = data.crossAppointments.find((row) => row.streetId === street.id && row.termStart < day(-1) && day() < row.termEnd && row.endedOn === null)!;
    const otherStreet = graph.plan.streets.find((candidate) => candidate.id !== street.id)!;
    const otherStreetToken = await graph.issuer.issue('other-street', { role: Role.STREET, grant: { streetIds: [otherStreet.id] } }, { expiresIn: '1h' });
    const input = { id: appointment.id, endedOn: day(-1), expectedVersion: 1, reason: '工作调整' };
    expect((await graph.graphql(END, { token: otherStreetToken, variables: { input } })).body).toEqual({
      data: null,
      errors: [{ message: `No CrossAppointment with id "${appointment.id}" is visible to you.`, path: ['endCrossAppointment'], extensions: { code: 'NOT_FOUND', id: appointment.id, typeName: 'CrossAppointment' } }],
    });
    expect((await graph.graphql(END, { token: token(Role.STREET), variables: { input: { ...input, endedOn: '2000-01-01' } } })).body).toEqual({
      data: null,
      errors: [{ message: `endedOn must lie within the term, ${appointment.termStart} to ${appointment.termEnd}.`, path: ['endCrossAppointment'], extensions: { code: 'BAD_USER_INPUT', field: 'endedOn' } }],
    });
    expect((await graph.graphql(END, { token: token(Role.STREET), variables: { input: { ...input, expectedVersion: 2 } } })).body).toEqual({
      data: null,
      errors: [{ message: 'This appointment is at version 1, not 2: someone changed it since you read it. Reload and try again.', path: ['endCrossAppointment'], extensions: { code: 'CONFLICT' } }],
    });
    const before = graph.clock.now().getTime();
    const ended = await graph.graphql<{ endCrossAppointment: { endedAt: string } }>(END, { token: token(Role.STREET), variables: { input } });
    const after = graph.clock.now().getTime();
    expect(ended.body).toEqual({
      data: {
        endCrossAppointment: {
          id: appointment.id, version: 2, status: 'ENDED', endedOn: day(-1), endedAt: ended.body.data!.endCrossAppointment.endedAt, endedBy: 'demo-street', endReason: '工作调整',
          termStart: appointment.termStart, termEnd: appointment.termEnd,
        },
      },
    });
    const endedAt = Date.parse(ended.body.data!.endCrossAppointment.endedAt);
    expect(endedAt).toBeGreaterThanOrEqual(before);
    expect(endedAt).toBeLessThanOrEqual(after);
    expect((await graph.graphql(END, { token: token(Role.STREET), variables: { input } })).body).toEqual({
      data: null,
      errors: [{ message: `This appointment was already ended on ${day(-1)}.`, path: ['endCrossAppointment'], extensions: { code: 'CONFLICT' } }],
    });
    const partySide = appointment.hostType === 'PartyOrganization' ? appointment.hostId : appointment.homeType === 'PartyOrganization' ? appointment.homeId : null;
    if (partySide) {
      const listed = await graph.graphql<{ partyOrganization: { crossAppointments: { nodes: { id: string }[] } } }>(LIST, { token: token(Role.DISTRICT), variables: { id: partySide, status: 'ENDED', first: 100 } });
      expect(listed.body.data!.partyOrganization.crossAppointments.nodes.map((row) => row.id)).toContain(appointment.id);
    }
  });
});
