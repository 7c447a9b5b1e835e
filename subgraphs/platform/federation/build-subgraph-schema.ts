import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type ContainerType, type NonEmptyArray } from 'type-graphql';
import type { RequestContext } from '../context/request-context.js';
import { rememberedValidation } from '../validation/remembered-validation.js';

/** Every federation directive a subgraph may use; all are imported so none is an "Unknown directive". */
export const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: [
  "@key", "@shareable", "@external", "@requires", "@provides", "@interfaceObject", "@inaccessible", "@tag", "@override"
])`;

/** `__resolveReference` per entity type name; each checks access itself (type-graphql does not wrap it). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each subgraph narrows the context to its own loaders
export type ReferenceResolvers = Record<string, { __resolveReference: (reference: { id: string }, context: RequestContext<any>) => unknown }>;

export interface SubgraphSchemaDefinition {
  // type-graphql takes resolver classes of any shape.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  /** Types reachable only through entity references (e.g. key-only stubs of other subgraphs' entities). */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  references: ReferenceResolvers;
  /** Supplies resolver instances that need dependencies (keys, clocks); others are constructed plainly. */
  container?: ContainerType;
}

/**
 * Builds a Federation 2 subgraph schema from type-graphql resolvers: type-graphql builds the schema and
 * validates inputs with class-validator, its SDL (with directives) is re-read by @apollo/subgraph together with the
 * resolvers type-graphql generated and the reference resolvers.
 */
export async function buildFederatedSchema(definition: SubgraphSchemaDefinition): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    skipCheck: true,
    container: definition.container,
    // class-validator as type-graphql runs it, each distinct valid value checked once (platform/validation).
    validateFn: rememberedValidation(),
  });
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<RequestContext>;
  for (const [typeName, reference] of Object.entries(definition.references)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...reference } as GraphQLResolverMap<RequestContext>[string];
  }
  return buildSubgraphSchema([{ typeDefs, resolvers }]);
}
