import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Request, Response } from 'express';

/**
 * Prometheus metrics of one service (gateway or subgraph), served at `/metrics`: the process's defaults plus a
 * count and a duration histogram of GraphQL operations by outcome.
 */
export function createServiceMetrics(service: string) {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const operations = new Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations handled, by operation type and outcome.',
    labelNames: ['type', 'outcome'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'Time from receiving a GraphQL operation to sending its response.',
    labelNames: ['type'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  const plugin: ApolloServerPlugin<BaseContext> = {
    async requestDidStart() {
      const stopTimer = duration.startTimer();
      return {
        async willSendResponse(requestContext) {
          const type = requestContext.operation?.operation ?? 'unknown';
          const outcome = requestContext.errors?.length ? 'error' : 'ok';
          stopTimer({ type });
          operations.inc({ type, outcome });
        },
      };
    },
  };

  return {
    plugin,
    async handler(_req: Request, res: Response) {
      res.setHeader('content-type', registry.contentType);
      res.send(await registry.metrics());
    },
  };
}
