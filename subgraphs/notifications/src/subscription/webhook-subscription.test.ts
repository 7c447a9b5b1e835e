import pg from 'pg';
import { Role } from '../../../platform/access/role.js';
import { demoScenario } from '../../../../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';

/** Registering, reading, correcting, rotating and ending webhook subscriptions through the gateway, with refusals. */

let graph: GraphStack;
/** The suite database as the superuser, to read what the file's tests have registered so far (they run in any order). */
let admin: pg.Client;
beforeAll(async () => {
  graph = await startGraph();
  admin = new pg.Client({ connectionString: graph.adminDatabaseUrl });
  await admin.connect();
});
afterAll(async () => {
  await admin?.end();
  await graph?.stop();
});

const token = (role: Role) => graph.tokens.get(role)!;
const SUBSCRIPTION = 'id version url eventTypes description endedAt scope { districtIds streetIds communityIds neighborhoodIds }';
const CREATE = `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { subscription { ${SUBSCRIPTION} } secret } }`;
const READ = `query($id: ID!) { webhookSubscription(id: $id) { ${SUBSCRIPTION} } }`;
const UPDATE = `mutation($input: UpdateWebhookSubscriptionInput!) { updateWebhookSubscription(input: $input) { ${SUBSCRIPTION} } }`;
const ROTATE = `mutation($id: ID!) { rotateWebhookSubscriptionSecret(id: $id) { subscription { id } secret } }`;
const END = `mutation($id: ID!) { endWebhookSubscription(id: $id) { id endedAt } }`;
const refusal = (path: string, code: string, message: string, details: Record<string, unknown> = {}) => ({ data: null, errors: [{ message, path: [path], extensions: { code, ...details } }] });
const URL = 'http://127.0.0.1:9/hooks';

describe('createWebhookSubscription', () => {
  it('is refused to residents, for URLs other than https or loopback http, for types the role may not receive, and for places outside the grant', async () => {
    const input = { url: URL, eventTypes: ['governance.matter.proposed'] };
    expect((await graph.graphql(CREATE, { token: token(Role.RESIDENT), variables: { input } })).body).toEqual(
      refusal('createWebhookSubscription', 'FORBIDDEN', 'Residents cannot register webhooks: organisations and area offices can.'),
    );
    expect((await graph.graphql(CREATE, { token: token(Role.DISTRICT), variables: { input: { ...input, url: 'http://10.0.0.8/hooks' } } })).body).toEqual(
      refusal('createWebhookSubscription', 'BAD_USER_INPUT', 'url must use https (http is accepted only for 127.0.0.1 in development).', { field: 'url' }),
    );
    expect((await graph.graphql(CREATE, { token: token(Role.PROPERTY_COMPANY), variables: { input: { ...input, eventTypes: ['governance.matter.proposed', 'owners.resolution.recorded'] } } })).body).toEqual(
      refusal('createWebhookSubscription', 'BAD_USER_INPUT', 'eventTypes[1] is not an event type your role may receive: see notificationEventTypes.', { field: 'eventTypes' }),
    );
    const elsewhere = graph.plan.neighborhoods.find((neighborhood) => !demoScenario(graph.plan).company.neighborhoodIds.includes(neighborhood.id))!;
    expect((await graph.graphql(CREATE, { token: token(Role.PROPERTY_COMPANY), variables: { input: { ...input, neighborhoodIds: [elsewhere.id] } } })).body).toEqual(
      refusal('createWebhookSubscription', 'BAD_USER_INPUT', 'neighborhoodIds may name only places your token grants at that level.', { field: 'neighborhoodIds' }),
    );
  });

  it('registers one for the places chosen, shows its secret once, and lets only its owner read, correct, rotate and end it', async () => {
    const { neighborhood, company } = demoScenario(graph.plan);
    const created = await graph.graphql<{ createWebhookSubscription: { subscription: { id: string }; secret: string } }>(CREATE, {
      token: token(Role.PROPERTY_COMPANY),
      variables: { input: { url: URL, eventTypes: ['governance.matter.served', 'governance.matter.served'], description: ' 物业ERP ', neighborhoodIds: [neighborhood.id] } },
    });
    const { subscription, secret } = created.body.data!.createWebhookSubscription;
    const registered = {
      id: subscription.id,
      version: 1,
      url: URL,
      eventTypes: ['governance.matter.served'],
      description: '物业ERP',
      endedAt: null,
      scope: { districtIds: [], streetIds: [], communityIds: [], neighborhoodIds: [neighborhood.id] },
    };
    expect(created.body).toEqual({ data: { createWebhookSubscription: { subscription: registered, secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/) } } });
    expect((await graph.graphql(READ, { token: token(Role.PROPERTY_COMPANY), variables: { id: subscription.id } })).body).toEqual({ data: { webhookSubscription: registered } });
    // Newest first: this one, then those the file's other tests registered for the company before it.
    const earlier = await admin.query<{ id: string }>(
      'select id from notifications.webhook_subscription where owner_role = $1 and owner_organization_id = $2 and id <> $3 order by created_at desc, id',
      [Role.PROPERTY_COMPANY, company.id, subscription.id],
    );
    expect((await graph.graphql(`{ webhookSubscriptions { id } }`, { token: token(Role.PROPERTY_COMPANY) })).body.data).toEqual({
      webhookSubscriptions: [{ id: subscription.id }, ...earlier.rows.map((row) => ({ id: row.id }))],
    });

    const other = graph.plan.propertyCompanies.find((candidate) => candidate.id !== company.id)!;
    const otherToken = await graph.issuer.issue('other-company', { role: Role.PROPERTY_COMPANY, org: other.id, grant: { neighborhoodIds: other.neighborhoodIds } }, { expiresIn: '1h' });
    const hidden = { typeName: 'WebhookSubscription', id: subscription.id };
    const message = `No WebhookSubscription with id "${subscription.id}" is visible to you.`;
    expect((await graph.graphql(READ, { token: otherToken, variables: { id: subscription.id } })).body).toEqual(refusal('webhookSubscription', 'NOT_FOUND', message, hidden));
    expect((await graph.graphql(END, { token: otherToken, variables: { id: subscription.id } })).body).toEqual(refusal('endWebhookSubscription', 'NOT_FOUND', message, hidden));
    expect((await graph.graphql(ROTATE, { token: token(Role.DISTRICT), variables: { id: subscription.id } })).body).toEqual(refusal('rotateWebhookSubscriptionSecret', 'NOT_FOUND', message, hidden));

    const stale = await graph.graphql(UPDATE, { token: token(Role.PROPERTY_COMPANY), variables: { input: { id: subscription.id, expectedVersion: 7, url: 'https://erp.example.org/hooks' } } });
    expect(stale.body).toEqual(refusal('updateWebhookSubscription', 'CONFLICT', 'This subscription changed since you read it (version 1): read it again and retry.'));
    const updated = await graph.graphql(UPDATE, { token: token(Role.PROPERTY_COMPANY), variables: { input: { id: subscription.id, expectedVersion: 1, url: 'https://erp.example.org/hooks' } } });
    expect(updated.body).toEqual({ data: { updateWebhookSubscription: { ...registered, version: 2, url: 'https://erp.example.org/hooks' } } });

    const rotated = await graph.graphql<{ rotateWebhookSubscriptionSecret: { secret: string } }>(ROTATE, { token: token(Role.PROPERTY_COMPANY), variables: { id: subscription.id } });
    expect(rotated.body.errors).toBeUndefined();
    expect(rotated.body.data!.rotateWebhookSubscriptionSecret.secret).toMatch(/^whsec_/);
    expect(rotated.body.data!.rotateWebhookSubscriptionSecret.secret).not.toBe(secret);

    const ended = await graph.graphql<{ endWebhookSubscription: { endedAt: string } }>(END, { token: token(Role.PROPERTY_COMPANY), variables: { id: subscription.id } });
    expect(ended.body).toEqual({ data: { endWebhookSubscription: { id: subscription.id, endedAt: expect.any(String) } } });
    expect((await graph.graphql(ROTATE, { token: token(Role.PROPERTY_COMPANY), variables: { id: subscription.id } })).body).toEqual(
      refusal('rotateWebhookSubscriptionSecret', 'CONFLICT', 'This subscription has ended: register a new one.'),
    );
  });
});

describe('narrowing a subscription (updateWebhookSubscription with scope)', () => {
  const certificateOf = async (kind: 'neighborhood' | 'community', id: string) => {
    const read = await graph.graphql<Record<string, { placeCertificate: string }>>(`query($id: ID!) { ${kind}(id: $id) { placeCertificate } }`, { token: token(Role.STREET), variables: { id } });
    expect(read.body.errors).toBeUndefined();
    return read.body.data![kind].placeCertificate;
  };

  it('narrows a street office\'s subscription to one neighborhood and one community of its street, and changes its types, at the version read', async () => {
    const { street } = demoScenario(graph.plan);
    const neighborhood = graph.plan.neighborhoods.find((candidate) => candidate.streetId === street.id)!;
    const community = graph.plan.communities.find((candidate) => candidate.streetId === street.id && candidate.id !== neighborhood.communityId)!;
    const created = await graph.graphql<{ createWebhookSubscription: { subscription: { id: string; scope: unknown } } }>(CREATE, {
      token: token(Role.STREET),
      variables: { input: { url: URL, eventTypes: ['governance.matter.proposed'] } },
    });
    const { subscription } = created.body.data!.createWebhookSubscription;
    expect(subscription.scope).toEqual({ districtIds: [], streetIds: [street.id], communityIds: [], neighborhoodIds: [] });

    const input = {
      id: subscription.id,
      expectedVersion: 1,
      eventTypes: ['governance.matter.resolved', 'owners.fund_entry.recorded'],
      scope: { placeCertificates: [await certificateOf('neighborhood', neighborhood.id), await certificateOf('community', community.id)] },
    };
    const narrowed = await graph.graphql(UPDATE, { token: token(Role.STREET), variables: { input } });
    expect(narrowed.body).toEqual({
      data: {
        updateWebhookSubscription: {
          id: subscription.id,
          version: 2,
          url: URL,
          eventTypes: ['governance.matter.resolved', 'owners.fund_entry.recorded'],
          description: null,
          endedAt: null,
          scope: { districtIds: [], streetIds: [], communityIds: [community.id], neighborhoodIds: [neighborhood.id] },
        },
      },
    });
    // The version read is stale now.
    expect((await graph.graphql(UPDATE, { token: token(Role.STREET), variables: { input } })).body).toEqual(
      refusal('updateWebhookSubscription', 'CONFLICT', 'This subscription changed since you read it (version 2): read it again and retry.'),
    );
    // Back to the whole street: still inside the caller's own area.
    const whole = await graph.graphql(UPDATE, { token: token(Role.STREET), variables: { input: { id: subscription.id, expectedVersion: 2, scope: { streetIds: [street.id] } } } });
    expect(whole.body).toMatchObject({ data: { updateWebhookSubscription: { version: 3, scope: { districtIds: [], streetIds: [street.id], communityIds: [], neighborhoodIds: [] } } } });
  });

  it('is never widened beyond the caller\'s own area, and never emptied', async () => {
    const { neighborhood, company } = demoScenario(graph.plan);
    const created = await graph.graphql<{ createWebhookSubscription: { subscription: { id: string } } }>(CREATE, {
      token: token(Role.PROPERTY_COMPANY),
      variables: { input: { url: URL, eventTypes: ['governance.matter.served'], neighborhoodIds: [neighborhood.id] } },
    });
    const id = created.body.data!.createWebhookSubscription.subscription.id;
    const elsewhere = graph.plan.neighborhoods.find((candidate) => !company.neighborhoodIds.includes(candidate.id))!;
    const attempts: [Record<string, unknown>, string, string][] = [
      // Another neighborhood, by id or by a genuine certificate, and the whole district.
      [{ neighborhoodIds: [elsewhere.id] }, 'neighborhoodIds may name only places your token grants at that level.', 'neighborhoodIds'],
      [{ placeCertificates: [await certificateOf('neighborhood', elsewhere.id)] }, 'placeCertificates[0] is a place outside your area: a subscription is never widened beyond it.', 'placeCertificates'],
      [{ districtIds: [graph.plan.district.id] }, 'districtIds may name only places your token grants at that level.', 'districtIds'],
      [{ placeCertificates: ['not-a-certificate'] }, 'placeCertificate is not one the registry issued, or it is older than a day: read it again from the place (e.g. neighborhood { placeCertificate }).', 'placeCertificate'],
      [{}, 'scope must name at least one place; to stop receiving events, end the subscription.', 'scope'],
    ];
    for (const [scope, message, field] of attempts) {
      expect((await graph.graphql(UPDATE, { token: token(Role.PROPERTY_COMPANY), variables: { input: { id, expectedVersion: 1, scope } } })).body).toEqual(
        refusal('updateWebhookSubscription', 'BAD_USER_INPUT', message, { field }),
      );
    }
    // Nothing changed.
    expect((await graph.graphql(READ, { token: token(Role.PROPERTY_COMPANY), variables: { id } })).body).toMatchObject({
      data: { webhookSubscription: { version: 1, scope: { neighborhoodIds: [neighborhood.id] } } },
    });
  });
});

describe('notificationEventTypes', () => {
  it("lists what the caller's role may receive", async () => {
    const typesOf = async (role: Role) => ((await graph.graphql<{ notificationEventTypes: { name: string }[] }>(`{ notificationEventTypes { name } }`, { token: token(role) })).body.data!.notificationEventTypes).map((type) => type.name);
    expect(await typesOf(Role.RESIDENT)).toEqual([]);
    expect(await typesOf(Role.PROPERTY_COMPANY)).toEqual([
      'governance.matter.proposed', 'governance.matter.deliberated', 'governance.matter.withdrawn', 'governance.meeting.rescheduled',
      'governance.matter.motion_linked', 'governance.matter.resolved', 'governance.matter.served', 'governance.matter.completed',
      'governance.matter.evaluated', 'owners.resolution.published', 'property.service_request.step', 'property.service_request.ended',
      'party.head.appointed', 'party.head.ended',
    ]);
  });
});
