/* eslint-disable max-lines -- events out of the graph for one matter's life (webhooks and feed, a rolled-back change, a narrowed subscription): one file per feature, each test self-contained on the suite's own copy of the demo district, so the feature's queries and helpers are written once */
import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { Role } from '../subgraphs/platform/access/role.js';
import { demoScenario } from '../infra/demo/demo-tokens.js';
import { hostModule, startGraph, type GraphStack } from './harness/graph-stack.js';
import { eventually, startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from './harness/webhook-receiver.js';
import { runMatterToEvaluation, type MatterFlow } from './harness/matter-flow.js';

/**
 * Events out of the graph: webhooks to a real HTTP receiver on loopback and the pull feed, for a 三议一服务 matter
 * moving from proposal to evaluation (the steps of test/governance.test.ts, through the gateway). Every relay and
 * delivery worker runs twice, as with two replicas: each event still arrives once and in order.
 */

// As the running services load them: events recorded here are the services' own entities, and the replicas run
// their code beside them.
const { recordEvent } = await hostModule<typeof import('../subgraphs/platform/events/record-event.js')>('subgraphs/platform/events/record-event.ts');
const { startBackgroundReplicas } = await hostModule<typeof import('./harness/background-replicas.js')>('test/harness/background-replicas.ts');

let graph: GraphStack;
let receiver: WebhookReceiver;
let replicas: { stop(): Promise<void> } | undefined;
beforeAll(async () => {
  [graph, receiver] = await Promise.all([startGraph(), startWebhookReceiver()]);
  replicas = await startBackgroundReplicas(graph);
});
afterAll(async () => {
  await replicas?.stop();
  await graph?.stop();
  await receiver?.stop();
});

const MATTER_STEPS = ['proposed', 'deliberated', 'motion_linked', 'resolved', 'served', 'completed', 'evaluated'].map((step) => `governance.matter.${step}`);
const SUBSCRIBE = `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) {
  subscription { id url eventTypes description endedAt scope { districtIds streetIds communityIds neighborhoodIds } } secret } }`;
const DELIVERIES = `query($id: ID!) { webhookSubscription(id: $id) { deliveries(first: 100) { eventId eventType status attempts lastStatusCode lastError } } }`;

type Delivery = { eventId: string; eventType: string; status: string; attempts: number; lastStatusCode: number | null; lastError: string | null };
type Envelope = { id: string; type: string; matterId: string | null; recordId: string; detail: string | null };

async function ok<T>(role: Role | string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const token = role in Role ? graph.tokens.get(role as Role)! : role;
  const response = await graph.graphql<T>(query, { token, variables });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

async function subscribe(role: Role, path: string, eventTypes: string[]): Promise<{ id: string; signer: Webhook }> {
  const { createWebhookSubscription } = await ok<{ createWebhookSubscription: { subscription: { id: string }; secret: string } }>(role, SUBSCRIBE, {
    input: { url: receiver.url(path), eventTypes, description: `${role} 测试订阅` },
  });
  return { id: createWebhookSubscription.subscription.id, signer: new Webhook(createWebhookSubscription.secret) };
}

/** The verified envelopes a path received about a matter (every attempt, in arrival order). */
function verifiedOf(path: string, signer: Webhook, matterId: string): (Envelope & { status: number })[] {
  return receiver
    .received(path)
    .map((entry: ReceivedWebhook) => ({ ...(signer.verify(entry.body, entry.headers as Record<string, string>) as Envelope), status: entry.status, webhookId: entry.headers['webhook-id'] }))
    .filter((envelope) => envelope.matterId === matterId)
    .map(({ webhookId, ...envelope }) => {
      expect(webhookId).toBe(envelope.id);
      return envelope;
    });
}

async function feedOf(token: Role | string): Promise<Envelope[]> {
  const all: Envelope[] = [];
  let after: string | null = null;
  for (;;) {
    const { notifications }: { notifications: { nodes: Envelope[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await ok<{ notifications: { nodes: Envelope[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(
      token,
      `query($after: String) { notifications(first: 100, after: $after) { nodes { id type matterId recordId detail } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    all.push(...notifications.nodes);
    if (!notifications.pageInfo.hasNextPage) return all;
    after = notifications.pageInfo.endCursor;
  }
}

describe('webhooks and the feed for a 三议一服务 matter from proposal to evaluation', () => {
  let flow: MatterFlow;
  let district: { id: string; signer: Webhook };
  let company: { id: string; signer: Webhook };
  let flaky: { id: string; signer: Webhook };
  let down: { id: string; signer: Webhook };

  beforeAll(async () => {
    district = await subscribe(Role.DISTRICT, '/district', MATTER_STEPS);
    company = await subscribe(Role.PROPERTY_COMPANY, '/company', [...MATTER_STEPS, 'property.service_request.step']);
    flaky = await subscribe(Role.OWNERS_COMMITTEE, '/flaky', MATTER_STEPS);
    down = await subscribe(Role.PARTY_BRANCH, '/down', ['governance.matter.proposed']);
    receiver.answer('/flaky', (_id, seenBefore) => (seenBefore === 0 ? 500 : 204));
    receiver.answer('/down', 503);
    flow = await runMatterToEvaluation(graph, '3号楼电梯更新');
  });

  it('sends each step to the district, signed (Standard Webhooks), once, in order, with ids and place only', async () => {
    const received = await eventually(() => {
      const envelopes = verifiedOf('/district', district.signer, flow.matterId);
      return envelopes.length >= MATTER_STEPS.length && envelopes;
    }, 'the district to receive every step');
    const { plan } = graph;
    const { neighborhood } = demoScenario(plan);
    const place = { districtId: plan.district.id, streetId: neighborhood.streetId, communityId: neighborhood.communityId, neighborhoodId: neighborhood.id };
    const expected = [
      ['proposed', 'party', 'GovernanceMatter', flow.matterId, null],
      ['deliberated', 'party', 'MatterDeliberation', flow.deliberationId, 'AGREED'],
      ['motion_linked', 'owners', 'OwnersMotion', flow.motionId, null],
      ['resolved', 'owners', 'Resolution', flow.resolutionId, 'PASSED'],
      ['served', 'property', 'ServiceRequest', flow.requestId, null],
      ['completed', 'property', 'ServiceRequest', flow.requestId, null],
      ['evaluated', 'property', 'ServiceRequest', flow.requestId, '5'],
    ].map(([step, source, recordType, recordId, detail]) => ({
      id: expect.any(String),
      type: `governance.matter.${step}`,
      source,
      occurredAt: expect.any(String),
      place,
      recordType,
      recordId,
      matterId: flow.matterId,
      organizationId: null,
      detail,
      status: 200,
    }));
    expect(received).toEqual(expected);
    expect(new Set(received.map((envelope) => envelope.id)).size).toBe(MATTER_STEPS.length);
    // The server's clock, in commit order.
    const times = received.map((envelope) => Date.parse((envelope as unknown as { occurredAt: string }).occurredAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it("sends the company the matter's steps and its own request's steps, in the record's order", async () => {
    const received = await eventually(() => {
      const envelopes = verifiedOf('/company', company.signer, flow.matterId);
      return envelopes.length >= 12 && envelopes;
    }, 'the company to receive every step');
    const step = (action: string) => `property.service_request.step:${action}`;
    expect(received.map((envelope) => (envelope.type === 'property.service_request.step' ? `${envelope.type}:${envelope.detail}` : envelope.type))).toEqual([
      ...MATTER_STEPS.slice(0, 4),
      step('SUBMIT'),
      'governance.matter.served',
      step('ACCEPT'),
      step('START'),
      step('RESOLVE'),
      'governance.matter.completed',
      step('EVALUATE'),
      'governance.matter.evaluated',
    ]);
  });

  it('retries a delivery the receiver answered with 500, and records both attempts', async () => {
    const deliveries = await eventually(async () => {
      const { webhookSubscription } = await ok<{ webhookSubscription: { deliveries: Delivery[] } }>(Role.OWNERS_COMMITTEE, DELIVERIES, { id: flaky.id });
      const mine = webhookSubscription.deliveries.filter((delivery) => delivery.status === 'DELIVERED');
      return mine.length >= MATTER_STEPS.length && webhookSubscription.deliveries;
    }, 'the committee to receive every step after a retry');
    const attempts = verifiedOf('/flaky', flaky.signer, flow.matterId);
    expect(attempts.map((envelope) => `${envelope.type}:${envelope.status}`)).toEqual(MATTER_STEPS.flatMap((type) => [`${type}:500`, `${type}:204`]));
    expect(deliveries.slice(0, MATTER_STEPS.length).reverse()).toEqual(
      MATTER_STEPS.map((type) => ({ eventId: expect.any(String), eventType: type, status: 'DELIVERED', attempts: 2, lastStatusCode: 204, lastError: null })),
    );
  });

  it('dead-letters a delivery after the last attempt, and the subscriber replays it', async () => {
    const [dead] = await eventually(async () => {
      const { webhookSubscription } = await ok<{ webhookSubscription: { deliveries: Delivery[] } }>(Role.PARTY_BRANCH, DELIVERIES, { id: down.id });
      const found = webhookSubscription.deliveries.filter((delivery) => delivery.status === 'DEAD');
      return found.length > 0 && found;
    }, 'the delivery to be dead-lettered');
    expect(dead).toEqual({ eventId: expect.any(String), eventType: 'governance.matter.proposed', status: 'DEAD', attempts: 3, lastStatusCode: 503, lastError: 'answered 503' });
    expect(verifiedOf('/down', down.signer, flow.matterId).map((envelope) => envelope.status)).toEqual([503, 503, 503]);

    receiver.answer('/down', 200);
    const REPLAY = `mutation($input: ReplayWebhookDeliveriesInput!) { replayWebhookDeliveries(input: $input) { eventId status attempts } }`;
    const refused = await graph.graphql(REPLAY, { token: graph.tokens.get(Role.DISTRICT)!, variables: { input: { subscriptionId: down.id, eventIds: [dead.eventId] } } });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const { replayWebhookDeliveries } = await ok<{ replayWebhookDeliveries: unknown[] }>(Role.PARTY_BRANCH, REPLAY, { input: { subscriptionId: down.id, eventIds: [dead.eventId] } });
    expect(replayWebhookDeliveries).toEqual([{ eventId: dead.eventId, status: 'PENDING', attempts: 0 }]);
    const replayed = await eventually(() => {
      const envelopes = verifiedOf('/down', down.signer, flow.matterId);
      return envelopes.length === 4 && envelopes;
    }, 'the replayed delivery');
    expect(replayed.map((envelope) => [envelope.id, envelope.status])).toEqual([
      [dead.eventId, 503],
      [dead.eventId, 503],
      [dead.eventId, 503],
      [dead.eventId, 200],
    ]);
  });

  it('shows the same events in the pull feed to every role that may see the matter, and none to others', async () => {
    const delivered = verifiedOf('/district', district.signer, flow.matterId).map((envelope) => envelope.id);
    for (const role of [Role.DISTRICT, Role.STREET, Role.COMMUNITY, Role.PARTY_BRANCH, Role.PROPERTY_COMPANY, Role.OWNERS_COMMITTEE]) {
      const feed = (await feedOf(role)).filter((event) => event.matterId === flow.matterId && event.type.startsWith('governance.matter.'));
      expect({ role, types: feed.map((event) => event.type), ids: feed.map((event) => event.id) }).toEqual({ role, types: MATTER_STEPS, ids: delivered });
    }
    expect(await feedOf(Role.RESIDENT)).toEqual([]);
    const { plan } = graph;
    const { neighborhood } = demoScenario(plan);
    const otherCompany = plan.propertyCompanies.find((candidate) => !candidate.neighborhoodIds.includes(neighborhood.id))!;
    const otherToken = await graph.issuer.issue('other-company', { role: Role.PROPERTY_COMPANY, org: otherCompany.id, grant: { neighborhoodIds: otherCompany.neighborhoodIds } }, { expiresIn: '1h' });
    const otherStreet = plan.streets.find((street) => street.id !== neighborhood.streetId)!;
    const otherStreetToken = await graph.issuer.issue('other-street', { role: Role.STREET, grant: { streetIds: [otherStreet.id] } }, { expiresIn: '1h' });
    for (const token of [otherToken, otherStreetToken]) expect((await feedOf(token)).filter((event) => event.matterId === flow.matterId)).toEqual([]);
    // The committee reads the resolution's own event; the company may not until it is published.
    expect((await feedOf(Role.OWNERS_COMMITTEE)).filter((event) => event.recordId === flow.resolutionId).map((event) => event.type)).toEqual(['owners.resolution.recorded', 'governance.matter.resolved']);
    expect((await feedOf(Role.PROPERTY_COMPANY)).filter((event) => event.recordId === flow.resolutionId).map((event) => event.type)).toEqual(['governance.matter.resolved']);
  });
});

describe('a change that rolls back', () => {
  it('sends nothing, while the next committed change goes out', async () => {
    const subscription = await subscribe(Role.DISTRICT, '/rollback', ['governance.matter.proposed']);
    const { neighborhood } = demoScenario(graph.plan);
    const place = { districtId: graph.plan.district.id, streetId: neighborhood.streetId, communityId: neighborhood.communityId, neighborhoodId: neighborhood.id };
    const ghost = randomUUID();
    // The event is flushed with its change inside the transaction, which then fails.
    await expect(
      graph.subgraphs.get('party')!.orm.em.fork().transactional(async (tx) => {
        recordEvent(tx, { type: 'governance.matter.proposed', place, recordType: 'GovernanceMatter', recordId: ghost, matterId: ghost });
        await tx.flush();
        throw new Error('the change failed after its event was written');
      }),
    ).rejects.toThrow('the change failed after its event was written');
    const { proposeGovernanceMatter } = await ok<{ proposeGovernanceMatter: { id: string } }>(
      Role.PARTY_BRANCH,
      `mutation($input: ProposeGovernanceMatterInput!) { proposeGovernanceMatter(input: $input) { id } }`,
      { input: { neighborhoodId: neighborhood.id, title: '增设电动车充电桩', description: '小区内增设充电桩', category: 'PARKING' } },
    );
    const received = await eventually(() => {
      const envelopes = receiver.received('/rollback').map((entry) => subscription.signer.verify(entry.body, entry.headers as Record<string, string>) as Envelope);
      return envelopes.some((envelope) => envelope.recordId === proposeGovernanceMatter.id) && envelopes;
    }, 'the committed proposal');
    expect(received.map((envelope) => envelope.recordId)).toEqual([proposeGovernanceMatter.id]);
    expect((await feedOf(Role.DISTRICT)).filter((event) => event.recordId === ghost)).toEqual([]);
  });
});

describe('a narrowed subscription', () => {
  it('receives only the events of the places it was narrowed to', async () => {
    const { street } = demoScenario(graph.plan);
    const [chosen, other] = graph.plan.neighborhoods.filter((candidate) => candidate.streetId === street.id);
    const subscription = await subscribe(Role.STREET, '/narrowed', ['governance.matter.proposed']);
    const { neighborhood: certified } = await ok<{ neighborhood: { placeCertificate: string } }>(Role.STREET, `query($id: ID!) { neighborhood(id: $id) { placeCertificate } }`, { id: chosen.id });
    await ok(Role.STREET, `mutation($input: UpdateWebhookSubscriptionInput!) { updateWebhookSubscription(input: $input) { id } }`, {
      input: { id: subscription.id, expectedVersion: 1, scope: { placeCertificates: [certified.placeCertificate] } },
    });
    const placeOf = (neighborhood: typeof chosen) => ({ districtId: graph.plan.district.id, streetId: neighborhood.streetId, communityId: neighborhood.communityId, neighborhoodId: neighborhood.id });
    // Committed one after the other: the relay sends them in this order, so once the second has arrived the first was decided.
    const outside = randomUUID();
    const inside = randomUUID();
    for (const [neighborhood, recordId] of [[other, outside], [chosen, inside]] as const) {
      await graph.subgraphs.get('party')!.orm.em.fork().transactional(async (tx) => {
        recordEvent(tx, { type: 'governance.matter.proposed', place: placeOf(neighborhood), recordType: 'GovernanceMatter', recordId, matterId: recordId });
        await tx.flush();
      });
    }
    // Written beside the service, not by a mutation of it: the relay is told, as a mutation would tell it.
    graph.subgraphs.get('party')!.relay!.nudge();
    const received = await eventually(() => {
      const envelopes = receiver.received('/narrowed').map((entry) => subscription.signer.verify(entry.body, entry.headers as Record<string, string>) as Envelope);
      return envelopes.some((envelope) => envelope.recordId === inside) && envelopes;
    }, 'the event in the chosen neighborhood');
    expect(received.map((envelope) => envelope.recordId)).toEqual([inside]);
  });
});
