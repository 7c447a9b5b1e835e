import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, getMetadataStorage, type ContainerType, type NonEmptyArray } from 'type-graphql';
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
 * Puts every resolver's parameters in the order the code declares them, before type-graphql builds a schema from them.
 * type-graphql keeps them in the order their decorators ran (the last parameter first) and lists a field's arguments
 * so, but the first time it resolves the field it sorts that same list by position, in place: a schema built later in
 * the same process (a second graph in a test worker) listed that field's arguments the other way round, and the
 * committed SDL matched or not by which suites had run before. Sorted first, every build lists them alike.
 */
function argumentsInDeclaredOrder(): void {
  // Array.prototype.sort is stable: each method's parameters end up by position, the methods' own order unchanged.
  getMetadataStorage().params.sort((a, b) => a.index - b.index);
}

/**
 * Builds a Federation 2 subgraph schema from type-graphql resolvers: type-graphql builds the schema and
 * validates inputs with class-validator, its SDL (with directives) is re-read by @apollo/subgraph together with the
 * resolvers type-graphql generated and the reference resolvers.
 */
export async function buildFederatedSchema(definition: SubgraphSchemaDefinition): Promise<GraphQLSchema> {
  argumentsInDeclaredOrder();
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
