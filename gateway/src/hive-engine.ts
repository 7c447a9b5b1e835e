import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ExecutionResult, type ValidationContext } from 'graphql';
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express';
import { GATEWAY_SECRET_HEADER } from '../../subgraphs/platform/access/gateway-secret.js';
import { REQUEST_ID_HEADER } from '../../subgraphs/platform/http/subgraph-server.js';
import { createErrorFormatter } from '../../subgraphs/platform/errors/format-error.js';
import { armorConfig } from './limits.js';
import type { EngineOptions, RunningEngine } from './gateway-engine.js';

const HIVE_LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error'];

type OperationOutcome = (type: string, outcome: 'ok' | 'error') => void;

/** Codes Hive gives a subgraph call that failed (refused connection, timeout, bad answer) rather than a field. */
const TRANSPORT_FAILURES = new Set(['SUBREQUEST_HTTP_ERROR', 'DOWNSTREAM_SERVICE_ERROR', 'TIMEOUT_ERROR', 'GATEWAY_TIMEOUT']);

/**
 * Hive Gateway's runtime with the Rust query planner of Hive Router. It applies the same limits as the Apollo engine
 * (graphql-armor's envelop plugins; tokens through armor's parser), forwards the same headers to subgraphs, and
 * answers with the same shapes — status codes, error codes, messages — so callers cannot tell the engines apart.
 */
export async function createHiveEngine({ options, limits, metrics }: EngineOptions): Promise<RunningEngine> {
  // Hive's logger refuses, when constructed, a LOG_LEVEL outside its own levels, even with its logging off; the
  // gateway's LOG_LEVEL is pino's (already read by then), whose `fatal` and `silent` it does not know.
  if (process.env.LOG_LEVEL && !HIVE_LOG_LEVELS.includes(process.env.LOG_LEVEL)) process.env.LOG_LEVEL = 'error';
  const formatError = createErrorFormatter(options.logger);
  // Armor's rules throw out of graphql-js's validation when they reject; reporting the error instead keeps it a
  // validation error like any other.
  const report = [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)];
  const config = armorConfig(limits);
  const armor = new EnvelopArmor({
    ...config,
    maxDepth: { ...config.maxDepth, propagateOnRejection: false, onReject: report },
    maxAliases: { ...config.maxAliases, propagateOnRejection: false, onReject: report },
    maxDirectives: { ...config.maxDirectives, propagateOnRejection: false, onReject: report },
    costLimit: { ...config.costLimit, propagateOnRejection: false, onReject: report },
    maxTokens: { n: limits.maxTokens, propagateOnRejection: true, exposeLimits: true },
  });
  const timedOut = `A service behind the gateway did not answer within ${limits.subgraphTimeoutMs} ms. Try again later.`;

  /** An error as Apollo's engine gives it: through the same formatter; a failed subgraph call without a path. */
  function shape(error: GraphQLError, executed: boolean): GraphQLError {
    const code = error.extensions?.code as string | undefined;
    if (code && TRANSPORT_FAILURES.has(code)) {
      const timeout = /time ?out/i.test(error.message) || code.includes('TIMEOUT');
      return new GraphQLError(timeout ? timedOut : 'A service behind the gateway could not be reached. Try again later.', {
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    }
    if (!executed && !code) {
      // Rejected before execution without a code of its own: armor's limits and graphql-js's rules.
      error = new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    }
    const formatted = formatError(error.toJSON(), error);
    if (executed) {
      // Like Apollo's gateway: an error from a subgraph carries its path, not locations in the subgraph's document;
      // a variable the subgraph refused (a custom scalar's parsing) belongs to the request, not to a field.
      const path = /^Variable "\$/.test(formatted.message) ? undefined : formatted.path;
      return new GraphQLError(formatted.message, { path, extensions: formatted.extensions });
    }
    const status = (error.extensions?.http as { status?: number; spec?: boolean } | undefined)?.status;
    // Refused before planning: 400 like Apollo Server (yoga would answer application/json requests with 200).
    return new GraphQLError(formatted.message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      extensions: { ...formatted.extensions, http: { status: status && status !== 200 ? status : 400 } },
    });
  }

  const operations = new WeakMap<object, { done: OperationOutcome; type: string; executed: boolean }>();
  const gatewayRules: GatewayPlugin = {
    onRequest({ request }) {
      operations.set(request, { done: metrics.startOperation(), type: 'unknown', executed: false });
    },
    onExecute({ args }) {
      const operation = operations.get((args.contextValue as { request: object }).request);
      const definition = args.document.definitions.find((candidate: { kind: string }) => candidate.kind === 'OperationDefinition');
      if (!operation) return;
      operation.executed = true;
      if (definition?.kind === 'OperationDefinition') operation.type = definition.operation;
    },
    onResultProcess({ request, result, setResult }) {
      const single = result as ExecutionResult;
      const operation = operations.get(request);
      operation?.done(operation.type, single.errors?.length ? 'error' : 'ok');
      if (!single.errors?.length) return;
      const executed = operation?.executed ?? false;
      const errors = single.errors.map((error) => shape(error instanceof GraphQLError ? error : new GraphQLError(String((error as Error).message)), executed));
      // An operation that ran but produced nothing leaves no `data` in Hive's result; Apollo's gives `data: null`.
      setResult(executed ? { ...single, data: single.data ?? null, errors } : { errors });
    },
  };

  const runtime = createGatewayRuntime({
    supergraph: options.supergraphSdl,
    unifiedGraphHandler,
    transportEntries: Object.fromEntries(Object.entries(options.subgraphUrls).map(([name, url]) => [name, { location: url }])),
    graphqlEndpoint: '/graphql',
    logging: false,
    landingPage: false,
    graphiql: false,
    maskedErrors: false,
    requestId: false,
    csrfPrevention: { requestHeaders: ['apollo-require-preflight', 'x-apollo-operation-name'] },
    disableIntrospection: options.introspection ? undefined : { disableIf: () => true },
    upstreamTimeout: () => limits.subgraphTimeoutMs,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request, subgraphName }) => ({
        authorization: request.headers.get('authorization'),
        [REQUEST_ID_HEADER]: request.headers.get(REQUEST_ID_HEADER),
        // Each subgraph its own secret: one that leaked opens no other subgraph.
        [GATEWAY_SECRET_HEADER]: options.gatewaySecrets[subgraphName],
      }),
    },
    plugins: () => [...armor.protect().plugins, gatewayRules] as GatewayPlugin[],
  });

  return {
    // Mounted under /graphql, express strips the mount path from req.url; the runtime routes on the full path.
    // Awaited in an async function so express gets a native Promise (the runtime returns a promise-like, which
    // express's router reports as deprecated on every request).
    handler: async (req: ExpressRequest, res: ExpressResponse) => {
      req.url = req.originalUrl;
      await runtime.requestListener(req, res);
    },
    stop: async () => {
      await runtime.dispose();
    },
  };
}
