import type { GraphQLSchema } from 'graphql';
import express from 'express';
import { buildFederatedSchema } from '../../platform/federation/build-subgraph-schema.js';
import type { SubgraphModule } from '../../platform/federation/subgraph-module.js';
import type { LoaderFactory } from '../../platform/context/request-context.js';
import { notificationsDatabase } from './notifications.database.js';
import { readNotificationsConfig, type NotificationsConfig } from './notifications-config.js';
import { NotificationResolver } from './feed/notification.resolver.js';
import { WebhookSubscriptionResolver } from './subscription/webhook-subscription.resolver.js';
import { WebhookDeliveryResolver } from './delivery/webhook-delivery.resolver.js';
import { WebhookSubscriptionChangeResolver } from './subscription/webhook-subscription-change.resolver.js';
import { createEventIntake } from './intake/event-intake.js';
import { startDeliveryWorker } from './delivery/delivery-worker.js';
import { RELAY_SOURCES } from '../../platform/events/relay-signature.js';

/** The notifications subgraph's schema: the event feed, webhook subscriptions and their deliveries. Never listens. */
export function createNotificationsSchema(config: NotificationsConfig): Promise<GraphQLSchema> {
  const configured = new Map<unknown, object>([
    [WebhookSubscriptionResolver, new WebhookSubscriptionResolver(config)],
    [WebhookSubscriptionChangeResolver, new WebhookSubscriptionChangeResolver(config)],
  ]);
  return buildFederatedSchema({
    resolvers: [NotificationResolver, WebhookSubscriptionResolver, WebhookSubscriptionChangeResolver, WebhookDeliveryResolver],
    container: { get: (resolverClass) => configured.get(resolverClass) ?? new (resolverClass as new () => object)() },
    references: {},
  });
}

/**
 * The notifications subgraph (事件通知): receives every subgraph's committed events on POST /events (signed by their
 * relays), serves the pull feed, and delivers webhooks to subscriptions.
 */
export const notificationsSubgraph: SubgraphModule<unknown> = {
  name: 'notifications',
  defaultPort: 4006,
  // The relays' batches, each signed with its source's own key; and place certificates, read when a subscription is
  // narrowed to a community or neighborhood.
  trusts: ['registry', ...RELAY_SOURCES],
  database: notificationsDatabase,
  createLoaders: (() => ({})) as LoaderFactory<unknown>,
  createSchema: (env) => createNotificationsSchema(readNotificationsConfig(env)),
  seedDemo: async () => undefined,
  startBackground({ orm, env, logger, statementKeys }) {
    const config = readNotificationsConfig(env);
    const worker = startDeliveryWorker(orm, config, logger);
    return {
      // Stored events are delivered at once: the intake nudges the worker, as each mutation (a replay) does.
      routes: (app) => app.post('/events', express.raw({ type: 'application/json', limit: '5mb' }), createEventIntake(orm, statementKeys, logger, () => worker.nudge())),
      runOnce: () => worker.deliverOnce(),
      nudge: () => worker.nudge(),
      pause: () => worker.pause(),
      resume: () => worker.resume(),
      stop: () => worker.stop(),
    };
  },
};
