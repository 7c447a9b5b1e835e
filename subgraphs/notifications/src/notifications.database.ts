import type { SubgraphDatabase } from '../../platform/orm/subgraph-database.js';
import { WebhookSubscription } from './subscription/webhook-subscription.entity.js';
import { notificationsMigrations } from '../migrations/index.js';

/**
 * The notifications service's own Postgres schema. Events, deliveries and attempts are read and written with SQL
 * (seq cursors, row locks); only subscriptions are ORM entities.
 */
export const notificationsDatabase: SubgraphDatabase = {
  schema: 'notifications',
  entities: [WebhookSubscription],
  migrations: notificationsMigrations,
  migrationsFolder: 'subgraphs/notifications/migrations',
  appendOnlyTables: ['notification_event', 'webhook_delivery_attempt'],
};
