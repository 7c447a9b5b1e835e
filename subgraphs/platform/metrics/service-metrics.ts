import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Request, Response } from 'express';

/**
 * Prometheus metrics of one service (gateway or subgraph), served at `/metrics`: the process's defaults plus a
 * count and a duration histogram of GraphQL operations by outcome.
 */
export type ServiceMetrics = ReturnType<typeof createServiceMetrics>;

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

  /** Starts timing one operation; call the result once it is answered. */
  function startOperation(): (type: string, outcome: 'ok' | 'error') => void {
    const stopTimer = duration.startTimer();
    return (type, outcome) => {
      stopTimer({ type });
      operations.inc({ type, outcome });
    };
  }

  const plugin: ApolloServerPlugin<BaseContext> = {
    async requestDidStart() {
      const done = startOperation();
      return {
        async willSendResponse(requestContext) {
          done(requestContext.operation?.operation ?? 'unknown', requestContext.errors?.length ? 'error' : 'ok');
        },
      };
    },
  };

  return {
    plugin,
    startOperation,
    async handler(_req: Request, res: Response) {
      res.setHeader('content-type', registry.contentType);
      res.send(await registry.metrics());
    },
  };
}
