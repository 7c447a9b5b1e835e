import type { MikroORM } from '@mikro-orm/postgresql';
import { SUBGRAPHS } from '../../subgraphs/catalog.js';
import { OutboxEvent } from '../../subgraphs/platform/events/outbox-event.entity.js';
import { startOutboxRelay } from '../../subgraphs/platform/events/outbox-relay.js';
import { readRelayConfig } from '../../subgraphs/platform/events/relay-config.js';
import type { BackgroundWork } from '../../subgraphs/platform/federation/subgraph-module.js';
import { createLogger } from '../../subgraphs/platform/logging/logger.js';
import { createOrm } from '../../subgraphs/platform/orm/subgraph-database.js';
import type { GraphStack } from './graph-stack.js';
import { testStatementKeys } from './test-keys.js';

/**
 * A second replica of every subgraph's background work (outbox relays, webhook deliveries, the deadline check),
 * with connections of its own, running beside the graph's: what happens when a deployment runs two of each.
 */
export async function startBackgroundReplicas(graph: GraphStack): Promise<{ stop(): Promise<void> }> {
  const logger = createLogger('replica', 'silent');
  const orms: MikroORM[] = [];
  const works: { stop(): Promise<void> }[] = [];
  for (const module of SUBGRAPHS) {
    const hasOutbox = module.database.entities.includes(OutboxEvent);
    if (!hasOutbox && !module.startBackground) continue;
    const orm = await createOrm(graph.runtimeDatabaseUrls.get(module.name)!, module.database, { poolMax: 2 });
    orms.push(orm);
    const statementKeys = testStatementKeys(module.name);
    if (hasOutbox) works.push(startOutboxRelay({ orm, source: module.name, schema: module.database.schema, ...readRelayConfig(graph.env), statementKeys, logger }));
    const background: BackgroundWork | undefined = module.startBackground?.({ orm, env: graph.env, logger, statementKeys });
    if (background) works.push(background);
  }
  return {
    async stop() {
      for (const work of works) await work.stop();
      for (const orm of orms) await orm.close();
    },
  };
}
