import { randomUUID } from 'node:crypto';
import { demoScenario } from '../../../../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';
import { testStatementKeys } from '../../../../test/harness/test-keys.js';
import { EVENT_BATCH_SIGNATURE_HEADER, signEventBatch } from '../../../platform/events/relay-signature.js';
import type { EventEnvelope } from '../../../platform/events/event-envelope.js';

/** POST /events: each relay's batch is signed with its own source's key; notifications only verifies. */

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
}, 180_000);
afterAll(() => graph?.stop());

const intake = () => graph.subgraphs.get('notifications')!.url.replace(/\/graphql$/, '/events');

function batchOf(source: string, type: string): string {
  const { neighborhood } = demoScenario(graph.plan);
  const recordId = randomUUID();
  const event: EventEnvelope = {
    id: randomUUID(),
    type,
    source,
    occurredAt: new Date().toISOString(),
    place: { districtId: graph.plan.district.id, streetId: neighborhood.streetId, communityId: neighborhood.communityId, neighborhoodId: neighborhood.id },
    recordType: 'GovernanceMatter',
    recordId,
    matterId: recordId,
    organizationId: null,
    detail: null,
  };
  return JSON.stringify({ source, events: [event] });
}

async function post(body: string, signature?: string): Promise<[number, unknown]> {
  const response = await fetch(intake(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature === undefined ? {} : { [EVENT_BATCH_SIGNATURE_HEADER]: signature }) },
    body,
  });
  return [response.status, await response.json()];
}

const REFUSED = [401, { error: "The batch is not signed with its source's key, or the signature is older than five minutes." }];

describe('the event intake', () => {
  it("accepts a batch signed with its source's own key, once", async () => {
    const body = batchOf('party', 'governance.matter.proposed');
    const signature = signEventBatch(body, testStatementKeys('party'));
    expect(await post(body, signature)).toEqual([200, { received: 1, stored: 1 }]);
    expect(await post(body, signEventBatch(body, testStatementKeys('party')))).toEqual([200, { received: 1, stored: 0 }]);
  });

  it('refuses a batch signed by another source, by notifications itself, or by a subgraph that relays nothing', async () => {
    const body = batchOf('party', 'governance.matter.proposed');
    // The owners subgraph's genuine key cannot speak for party.
    expect(await post(body, signEventBatch(body, testStatementKeys('owners')))).toEqual(REFUSED);
    // Notifications holds the sources' public keys only; what it signs is no batch.
    expect(await post(body, signEventBatch(body, testStatementKeys('notifications')))).toEqual(REFUSED);
    const registry = batchOf('registry', 'governance.matter.proposed');
    expect(await post(registry, signEventBatch(registry, testStatementKeys('registry')))).toEqual(REFUSED);
  });

  it('refuses an unsigned, altered or stale batch, and one naming an event type its source does not emit', async () => {
    const body = batchOf('party', 'governance.matter.proposed');
    const keys = testStatementKeys('party');
    expect(await post(body)).toEqual(REFUSED);
    expect(await post(body, 'not.a.signature')).toEqual(REFUSED);
    expect(await post(body.replace('GovernanceMatter', 'ServiceRequest'), signEventBatch(body, keys))).toEqual(REFUSED);
    expect(await post(body, signEventBatch(body, keys, Date.now() - 6 * 60_000))).toEqual(REFUSED);
    const foreignType = batchOf('owners', 'governance.matter.proposed');
    expect(await post(foreignType, signEventBatch(foreignType, testStatementKeys('owners')))).toEqual([400, { error: 'The batch is malformed, or names an event type its source does not emit.' }]);
  });
});
