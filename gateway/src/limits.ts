import { ApolloArmor } from '@escape.tech/graphql-armor';
import { integerVariable, type Environment } from '../../subgraphs/platform/config/environment.js';

/** What the gateway refuses before planning an operation; every figure can be set from the environment. */
export interface GatewayLimits {
  /** Deepest selection allowed (GRAPHQL_MAX_DEPTH). */
  maxDepth: number;
  /** Aliases per operation (GRAPHQL_MAX_ALIASES). */
  maxAliases: number;
  /** Directives per operation (GRAPHQL_MAX_DIRECTIVES). */
  maxDirectives: number;
  /** Lexical tokens per document (GRAPHQL_MAX_TOKENS). */
  maxTokens: number;
  /** graphql-armor cost: objects 2, scalars 1, times 1.5 per level and times `first` for lists (GRAPHQL_MAX_COST). */
  maxCost: number;
  /** Request body size, in express/bytes notation (GATEWAY_MAX_BODY). */
  maxBody: string;
  /** How long one subgraph call may take, in ms (SUBGRAPH_TIMEOUT_MS). */
  subgraphTimeoutMs: number;
}

export const DEFAULT_LIMITS: GatewayLimits = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  maxCost: 300_000,
  maxBody: '100kb',
  subgraphTimeoutMs: 10_000,
};

export function readGatewayLimits(env: Environment): GatewayLimits {
  return {
    maxDepth: integerVariable(env, 'GRAPHQL_MAX_DEPTH', DEFAULT_LIMITS.maxDepth),
    maxAliases: integerVariable(env, 'GRAPHQL_MAX_ALIASES', DEFAULT_LIMITS.maxAliases),
    maxDirectives: integerVariable(env, 'GRAPHQL_MAX_DIRECTIVES', DEFAULT_LIMITS.maxDirectives),
    maxTokens: integerVariable(env, 'GRAPHQL_MAX_TOKENS', DEFAULT_LIMITS.maxTokens),
    maxCost: integerVariable(env, 'GRAPHQL_MAX_COST', DEFAULT_LIMITS.maxCost),
    maxBody: env.GATEWAY_MAX_BODY?.trim() || DEFAULT_LIMITS.maxBody,
    subgraphTimeoutMs: integerVariable(env, 'SUBGRAPH_TIMEOUT_MS', DEFAULT_LIMITS.subgraphTimeoutMs),
  };
}

/**
 * graphql-armor's settings for these limits: depth, aliases, directives and cost are checked before the operation is
 * planned, and field suggestions ("Did you mean …?") are removed from errors. Tokens are limited by the parser
 * (the Apollo engine: graphql-js's `maxTokens`, a 400 parse error rather than armor's 500).
 */
export function armorConfig(limits: GatewayLimits) {
  return {
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: false, flattenFragments: true, propagateOnRejection: true, exposeLimits: true },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: true, exposeLimits: true },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: true, exposeLimits: true },
    maxTokens: { enabled: false },
    costLimit: { maxCost: limits.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, propagateOnRejection: true, exposeLimits: true },
    blockFieldSuggestion: { enabled: true },
  };
}

/** graphql-armor's validation rules and plugins for Apollo Server. */
export function armorFor(limits: GatewayLimits) {
  return new ApolloArmor(armorConfig(limits)).protect();
}
