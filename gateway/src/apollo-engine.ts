import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { createErrorFormatter } from '../../subgraphs/platform/errors/format-error.js';
import { SubgraphDataSource } from './forward-to-subgraphs.js';
import { armorFor } from './limits.js';
import type { GatewayContext } from './gateway-context.js';
import type { EngineOptions, RunningEngine } from './gateway-engine.js';

/** @apollo/gateway behind Apollo Server: graphql-armor's rules and plugins, the parser's token limit. */
export async function createApolloEngine({ options, limits, metrics }: EngineOptions): Promise<RunningEngine> {
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => new SubgraphDataSource(options.subgraphUrls[name] ?? url!, options.gatewaySecrets[name], limits.subgraphTimeoutMs),
  });
  const armor = armorFor(limits);
  const server = new ApolloServer<GatewayContext>({
    gateway,
    formatError: createErrorFormatter(options.logger),
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    introspection: options.introspection,
    // graphql-armor's typings come from Apollo's CommonJS build; the plugins are the same objects.
    plugins: [...(armor.plugins as unknown as ApolloServerPlugin<GatewayContext>[]), metrics.plugin as ApolloServerPlugin<GatewayContext>],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
  });
  await server.start();
  return {
    handler: expressMiddleware(server, { context: async ({ res }) => res.locals.gatewayContext as GatewayContext }),
    stop: () => server.stop(),
  };
}
