import type { SubgraphModule } from './platform/federation/subgraph-module.js';
import type { DistrictPlan } from '../infra/demo/district-plan.js';
import { registrySubgraph } from './registry/src/subgraph.js';
import { partySubgraph } from './party/src/subgraph.js';
import { propertySubgraph } from './property/src/subgraph.js';
import { ownersSubgraph } from './owners/src/subgraph.js';
import { cobuildingSubgraph } from './cobuilding/src/subgraph.js';
import { notificationsSubgraph } from './notifications/src/subgraph.js';

/** Every subgraph of the supergraph, in the order they start and compose. */
export const SUBGRAPHS: readonly SubgraphModule<DistrictPlan>[] = [registrySubgraph, partySubgraph, propertySubgraph, ownersSubgraph, cobuildingSubgraph, notificationsSubgraph];
