import { Role } from '../subgraphs/platform/access/role.js';
import { demoScenario } from '../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from './harness/graph-stack.js';
import { eventually } from './harness/webhook-receiver.js';

/**
 * Events of the seeds' mechanisms (issue 17): 三长 appointed and ended, escalations raised, called up, moved up by the
 * scheduled check at the server clock and resolved, service-order steps, points redeemed. Ids, types, places and a
 * kind or level only: never who.
 */

let graph: GraphStack;
beforeAll(async () => {
  // The escalation check runs every second, at the graph's clock: moving the clock past a limit moves the call up.
  graph = await startGraph({ subgraphEnv: { party: { ESCALATION_CHECK_SECONDS: '1' } } });
});
afterAll(() => graph?.stop());

type Event = { type: string; recordId: string; detail: string | null; neighborhoodId: string | null };

async function ok<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await graph.graphql<T>(query, { token, variables });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

async function feedOf(token: string): Promise<Event[]> {
  const all: Event[] = [];
  let after: string | null = null;
  for (;;) {
    const { notifications }: { notifications: { nodes: Event[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await ok(
      token,
      `query($after: String) { notifications(first: 100, after: $after) { nodes { type recordId detail neighborhoodId } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    all.push(...notifications.nodes);
    if (!notifications.pageInfo.hasNextPage) return all;
    after = notifications.pageInfo.endCursor;
  }
}

/** The events about one record in a caller's feed, once `count` of them have arrived. */
const eventsOf = (token: string, recordId: string, count: number) =>
  eventually(async () => {
    const found = (await feedOf(token)).filter((event) => event.recordId === recordId);
    return found.length >= count && found;
  }, `${count} events of ${recordId}`);

const tokenOf = (role: Role) => graph.tokens.get(role)!;

describe('events of the seeds mechanisms', () => {
  it('announce a head appointed and ended to the organisations serving the neighborhood', async () => {
    const { neighborhood, resident } = demoScenario(graph.plan);
    const building = graph.plan.buildings.find((candidate) => candidate.neighborhoodId === neighborhood.id)!;
    const person = graph.plan.persons.find((candidate) => candidate.residenceNeighborhoodId === neighborhood.id && candidate.id !== resident.id)!;
    const input = { kind: 'ENTRANCE_HEAD', personId: person.id, selection: 'SELF_NOMINATION', buildingId: building.id, entranceNumber: 9, termStart: '2026-01-01', termEnd: '2030-12-31' };
    const { appointNeighborhoodHead: head } = await ok<{ appointNeighborhoodHead: { id: string; version: number } }>(
      tokenOf(Role.PARTY_BRANCH), 'mutation($input: AppointNeighborhoodHeadInput!) { appointNeighborhoodHead(input: $input) { id version } }', { input },
    );
    await ok(tokenOf(Role.PARTY_BRANCH), 'mutation($input: EndNeighborhoodHeadInput!) { endNeighborhoodHead(input: $input) { id } }', { input: { headId: head.id, expectedVersion: head.version, reason: '搬离' } });
    const expected = ['party.head.appointed', 'party.head.ended'].map((type) => ({ type, recordId: head.id, detail: 'ENTRANCE_HEAD', neighborhoodId: neighborhood.id }));
    for (const role of [Role.PROPERTY_COMPANY, Role.PARTY_BRANCH, Role.COMMUNITY]) expect(await eventsOf(tokenOf(role), head.id, 2)).toEqual(expected);
  });

  it('follow an escalation up the ladder, the scheduled move-up when the clock passes the limit included', async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const fields = 'id version currentLevel status';
    type View = { id: string; version: number; currentLevel: string; status: string };
    const { raiseEscalation: raised } = await ok<{ raiseEscalation: View }>(tokenOf(Role.PARTY_BRANCH), `mutation($input: RaiseEscalationInput!) { raiseEscalation(input: $input) { ${fields} } }`, {
      input: { neighborhoodId: neighborhood.id, subject: 'NEIGHBORHOOD_PROBLEM', title: '路灯不亮', description: '小区主路路灯损坏' },
    });
    const answer = `mutation($input: AnswerEscalationInput!) { answerEscalation(input: $input) { ${fields} } }`;
    const { answerEscalation: calledUp } = await ok<{ answerEscalation: View }>(tokenOf(Role.PARTY_BRANCH), answer, { input: { escalationId: raised.id, expectedVersion: raised.version, resolved: false, answer: '需社区协调' } });
    expect(calledUp.currentLevel).toBe('COMMUNITY_COMMITTEE_SECRETARY');

    // The community's 72 hours run out on the server clock: the service's own check moves the call to the street.
    graph.clock.advance('73h');
    const moved = await eventually(async () => {
      const { escalation } = await ok<{ escalation: View }>(tokenOf(Role.STREET), `query($id: ID!) { escalation(id: $id) { ${fields} } }`, { id: raised.id });
      return escalation.currentLevel === 'STREET_WORKING_COMMITTEE_SECRETARY' && escalation;
    }, 'the overdue call to move up');
    await ok(tokenOf(Role.STREET), answer, { input: { escalationId: raised.id, expectedVersion: moved.version, resolved: true, answer: '街道协调维修' } });

    const step = (type: string, detail: string) => ({ type, recordId: raised.id, detail, neighborhoodId: neighborhood.id });
    const expected = [
      step('party.escalation.raised', 'NEIGHBORHOOD_PROBLEM'),
      step('party.escalation.called_up', 'COMMUNITY_COMMITTEE_SECRETARY'),
      step('party.escalation.overdue', 'STREET_WORKING_COMMITTEE_SECRETARY'),
      step('party.escalation.resolved', 'STREET_WORKING_COMMITTEE_SECRETARY'),
    ];
    for (const role of [Role.PARTY_BRANCH, Role.STREET]) expect(await eventsOf(tokenOf(role), raised.id, 4)).toEqual(expected);
    expect((await feedOf(tokenOf(Role.PROPERTY_COMPANY))).filter((event) => event.recordId === raised.id)).toEqual([]);
  });

  it('tell the branch of each service-order step', async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const resident = tokenOf(Role.RESIDENT);
    const { neighborhood: home } = await ok<{ neighborhood: { placeCertificate: string } }>(resident, 'query($id: ID!) { neighborhood(id: $id) { placeCertificate } }', { id: neighborhood.id });
    const { placeServiceOrder: order } = await ok<{ placeServiceOrder: { id: string; version: number } }>(resident, 'mutation($input: PlaceServiceOrderInput!) { placeServiceOrder(input: $input) { id version } }', {
      input: { placeCertificate: home.placeCertificate, request: '代买药品' },
    });
    await ok(resident, 'mutation($input: ServiceOrderStepInput!) { withdrawServiceOrder(input: $input) { id } }', { input: { orderId: order.id, expectedVersion: order.version } });
    const expected = ['ORDERED', 'WITHDRAWN'].map((detail) => ({ type: 'party.service_order.step', recordId: order.id, detail, neighborhoodId: neighborhood.id }));
    expect(await eventsOf(tokenOf(Role.PARTY_BRANCH), order.id, 2)).toEqual(expected);
  });

  it('tell the area offices of a redemption at the points supermarket, naming the item, not the person', async () => {
    const { community, resident } = demoScenario(graph.plan);
    const communityToken = tokenOf(Role.COMMUNITY);
    const { community: area } = await ok<{ community: { placeCertificate: string } }>(communityToken, 'query($id: ID!) { community(id: $id) { placeCertificate } }', { id: community.id });
    await ok(communityToken, 'mutation($input: RecordVolunteerActivityInput!) { recordVolunteerActivity(input: $input) { id } }', {
      input: { title: '社区环境整治', team: '社区志愿服务队', area: { certificate: area.placeCertificate }, place: '社区广场', heldOn: '2026-11-01', hours: '2', peopleServed: 20, participantIds: [resident.id] },
    });
    const { createPointsItem: item } = await ok<{ createPointsItem: { id: string } }>(communityToken, 'mutation($input: CreatePointsItemInput!) { createPointsItem(input: $input) { id } }', {
      input: { place: { certificate: area.placeCertificate }, name: '洗衣液', points: 5, stock: 3 },
    });
    await ok(tokenOf(Role.RESIDENT), 'mutation($input: RedeemPointsInput!) { redeemPoints(input: $input) { points } }', { input: { itemId: item.id, quantity: 2 } });
    const expected = [{ type: 'cobuilding.points.redeemed', recordId: item.id, detail: '2', neighborhoodId: null }];
    for (const role of [Role.COMMUNITY, Role.DISTRICT]) expect(await eventsOf(tokenOf(role), item.id, 1)).toEqual(expected);
    expect((await feedOf(tokenOf(Role.JOINT_UNIT))).filter((event) => event.recordId === item.id)).toEqual([]);
  });
});
