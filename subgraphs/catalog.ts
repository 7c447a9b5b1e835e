import type { SubgraphModule } from './platform/federation/subgraph-module.js';
import { registrySubgraph } from './registry/src/subgraph.js';
import { ownersSubgraph } from './owners/src/subgraph.js';

/** Every subgraph of the supergraph, in the order they start and compose. */
export const SUBGRAPHS: readonly SubgraphModule[] = [registrySubgraph, ownersSubgraph];
