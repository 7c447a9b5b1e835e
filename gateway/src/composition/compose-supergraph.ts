import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { SubgraphModule } from '../../../subgraphs/platform/federation/subgraph-module.js';

/**
 * Settings the subgraphs' schema factories read. The schema's shape never depends on them, so printing SDL uses
 * placeholders; running services get real values.
 */
const SCHEMA_PRINTING_ENV = {
  PERSON_ID_HASH_KEY: 'placeholder-used-only-to-print-the-schema',
  WEBHOOK_SECRET_KEY: 'placeholder-used-only-to-print-the-schema',
};

export interface ComposedSchemas {
  /** Each subgraph's SDL, by subgraph name. */
  subgraphs: Map<string, string>;
  supergraph: string;
}

export function defaultRoutingUrl(module: SubgraphModule): string {
  return `http://127.0.0.1:${module.defaultPort}/graphql`;
}

/** Prints each subgraph's SDL and composes the supergraph with @apollo/composition; throws on composition errors. */
export async function composeSupergraph(modules: readonly SubgraphModule[]): Promise<ComposedSchemas> {
  const subgraphs = new Map<string, string>();
  for (const module of modules) {
    subgraphs.set(module.name, printSubgraphSchema(await module.createSchema(SCHEMA_PRINTING_ENV)));
  }
  const result = composeServices(
    modules.map((module) => ({ name: module.name, url: defaultRoutingUrl(module), typeDefs: parse(subgraphs.get(module.name)!) })),
  );
  if (result.errors) {
    throw new Error(`Supergraph composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return { subgraphs, supergraph: result.supergraphSdl };
}
