import { createServer, type AddressInfo, type Server } from 'node:net';
import { Role } from '../../../platform/access/role.js';
import { demoScenario } from '../../../../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';
import { eventually } from '../../../../test/harness/webhook-receiver.js';

/**
 * SSRF through the gateway, with the development allowance for loopback off (as in production): a literal private
 * address is refused when subscribing, and a host name that resolves to one is dead-lettered without a connection.
 */

let graph: GraphStack;
let server: Server;
let connections = 0;
beforeAll(async () => {
  server = createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  graph = await startGraph({ subgraphEnv: { notifications: { WEBHOOK_ALLOW_LOOPBACK: 'false' } } });
});
afterAll(async () => {
  await graph?.stop();
  await new Promise((resolve) => server?.close(resolve));
});

const token = (role: Role) => graph.tokens.get(role)!;
const CREATE = `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { subscription { id url } } }`;
const DELIVERIES = `query($id: ID!) { webhookSubscription(id: $id) { deliveries(first: 100) { eventType status attempts lastStatusCode lastError } } }`;

describe('webhook addresses outside development', () => {
  it('refuses a literal private, loopback or IPv4-mapped address when subscribing, and stores nothing', async () => {
    for (const url of ['https://[::ffff:10.0.0.8]/hooks', 'https://127.0.0.1/hooks', 'https://169.254.169.254/hooks', 'https://100.64.1.1/hooks']) {
      const answer = await graph.graphql(CREATE, { token: token(Role.DISTRICT), variables: { input: { url, eventTypes: ['governance.matter.proposed'] } } });
      expect(answer.body).toEqual({
        data: null,
        errors: [{
          message: 'url names a private, loopback, link-local, shared or reserved address: give a public host name or address.',
          path: ['createWebhookSubscription'],
          extensions: { code: 'BAD_USER_INPUT', field: 'url' },
        }],
      });
    }
    const http = await graph.graphql(CREATE, { token: token(Role.DISTRICT), variables: { input: { url: 'http://127.0.0.1:9/hooks', eventTypes: ['governance.matter.proposed'] } } });
    expect(http.body.errors?.[0].message).toBe('url must use https.');
    expect((await graph.graphql(`{ webhookSubscriptions { id } }`, { token: token(Role.DISTRICT) })).body).toEqual({ data: { webhookSubscriptions: [] } });
  });

  it('dead-letters a delivery to a host name that resolves to loopback, without connecting', async () => {
    const port = (server.address() as AddressInfo).port;
    const created = await graph.graphql<{ createWebhookSubscription: { subscription: { id: string; url: string } } }>(CREATE, {
      token: token(Role.DISTRICT),
      variables: { input: { url: `https://localhost:${port}/hooks`, eventTypes: ['governance.matter.proposed'] } },
    });
    expect(created.body.errors).toBeUndefined();
    const { id } = created.body.data!.createWebhookSubscription.subscription;
    const { neighborhood } = demoScenario(graph.plan);
    const proposed = await graph.graphql(`mutation($input: ProposeGovernanceMatterInput!) { proposeGovernanceMatter(input: $input) { id } }`, {
      token: token(Role.PARTY_BRANCH),
      variables: { input: { neighborhoodId: neighborhood.id, title: '楼道照明改造', description: '更换楼道声控灯', category: 'PARKING' } },
    });
    expect(proposed.body.errors).toBeUndefined();
    const deliveries = await eventually(async () => {
      const answer = await graph.graphql<{ webhookSubscription: { deliveries: { status: string }[] } }>(DELIVERIES, { token: token(Role.DISTRICT), variables: { id } });
      const list = answer.body.data!.webhookSubscription.deliveries;
      return list.length > 0 && list.every((delivery) => delivery.status === 'DEAD') && list;
    }, 'the delivery to be dead-lettered');
    expect(deliveries).toEqual([{
      eventType: 'governance.matter.proposed',
      status: 'DEAD',
      attempts: 1,
      lastStatusCode: null,
      lastError: 'refused: the host is or resolves to a private, loopback, link-local or reserved address',
    }]);
    expect(connections).toBe(0);
  });
});
