import { Role } from '../subgraphs/platform/access/role.js';
import { demoScenario } from '../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from './harness/graph-stack.js';
import { eventually } from './harness/webhook-receiver.js';

/**
 * Events beyond the 三议一服务 flow (test/events.test.ts): micro-wishes claimed and fulfilled (cobuilding), and the
 * owners subgraph's scheduled check announcing statutory deadlines, once per deadline and state.
 */

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(() => graph?.stop());

type Event = { id: string; type: string; recordId: string; detail: string | null; neighborhoodId: string | null };

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
      `query($after: String) { notifications(first: 100, after: $after) { nodes { id type recordId detail neighborhoodId } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    all.push(...notifications.nodes);
    if (!notifications.pageInfo.hasNextPage) return all;
    after = notifications.pageInfo.endCursor;
  }
}

describe('micro-wishes', () => {
  it('tell the paired unit and the area when a wish is claimed and fulfilled, without naming who', async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const resident = graph.tokens.get(Role.RESIDENT)!;
    const { neighborhood: home } = await ok<{ neighborhood: { placeCertificate: string } }>(resident, `query($id: ID!) { neighborhood(id: $id) { placeCertificate } }`, { id: neighborhood.id });
    const { postMicroWish } = await ok<{ postMicroWish: { id: string } }>(resident, `mutation($input: PostMicroWishInput!) { postMicroWish(input: $input) { id } }`, {
      input: { title: '想要一台助行器', place: { certificate: home.placeCertificate } },
    });
    const unit = graph.plan.jointUnits.find((candidate) => candidate.communityId === neighborhood.communityId)!;
    const unitToken = await graph.issuer.issue(`unit-${unit.id}`, { role: Role.JOINT_UNIT, org: unit.id, grant: { communityIds: [neighborhood.communityId] } }, { expiresIn: '1h' });
    await ok(unitToken, `mutation($id: ID!) { claimMicroWish(id: $id) { status } }`, { id: postMicroWish.id });
    await ok(unitToken, `mutation($id: ID!, $note: String!) { fulfilMicroWish(id: $id, note: $note) { status } }`, { id: postMicroWish.id, note: '已送达助行器' });

    const expected = ['cobuilding.wish.claimed', 'cobuilding.wish.fulfilled'].map((type) => ({ id: expect.any(String), type, recordId: postMicroWish.id, detail: null, neighborhoodId: neighborhood.id }));
    for (const token of [unitToken, graph.tokens.get(Role.DISTRICT)!]) {
      const events = await eventually(async () => {
        const found = (await feedOf(token)).filter((event) => event.recordId === postMicroWish.id);
        return found.length === 2 && found;
      }, 'the wish events in the feed');
      expect(events).toEqual(expected);
    }
    // The property company of the neighborhood receives no wish events.
    expect((await feedOf(graph.tokens.get(Role.PROPERTY_COMPANY)!)).filter((event) => event.recordId === postMicroWish.id)).toEqual([]);
  });
});

describe('the scheduled deadline check', () => {
  it('announces each deadline falling due or overdue once, to the committee and the branch of the place', async () => {
    const owners = graph.subgraphs.get('owners')!;
    const first = await owners.background!.runOnce();
    expect(first).toBeGreaterThan(0);
    expect(await owners.background!.runOnce()).toBe(0);
    await owners.relay!.relayOnce();
    const committee = await feedOf(graph.tokens.get(Role.OWNERS_COMMITTEE)!);
    const district = await feedOf(graph.tokens.get(Role.DISTRICT)!);
    const deadlineTypes = new Set(['owners.deadline.due', 'owners.deadline.overdue', 'owners.committee.term_ending']);
    const announced = district.filter((event) => deadlineTypes.has(event.type));
    expect(announced).toHaveLength(first);
    expect(new Set(announced.map((event) => event.id)).size).toBe(first);
    for (const event of announced) expect(['ASSEMBLY_NOTICE', 'RESOLUTION_PUBLICATION', 'COMMITTEE_FILING', 'TERM_EXPIRY']).toContain(event.detail);
    const { neighborhood } = demoScenario(graph.plan);
    expect(committee.filter((event) => deadlineTypes.has(event.type))).toEqual(announced.filter((event) => event.neighborhoodId === neighborhood.id));
    // The same deadlines as the graph lists for the area, due within 3 days or overdue (term expiries from 3 months ahead).
    const { district: listed } = await ok<{ district: { statutoryDeadlines: { kind: string; status: string; daysLeft: number }[] } }>(
      graph.tokens.get(Role.DISTRICT)!,
      `query($id: ID!) { district(id: $id) { statutoryDeadlines(withinDays: 3) { kind status daysLeft } } }`,
      { id: graph.plan.district.id },
    );
    expect(announced.map((event) => event.detail).sort()).toEqual(listed.statutoryDeadlines.map((deadline) => deadline.kind).sort());
  });
});
