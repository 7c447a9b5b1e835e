import type { ReferenceResolvers } from '../../../platform/federation/build-subgraph-schema.js';
import type { OwnersContext } from '../owners.loaders.js';
import { loadVisibleResolution } from './resolution.access.js';

/** Resolution by reference: in scope and, for published-only readers, published, as the root field. */
export const resolutionReferences: ReferenceResolvers = {
  Resolution: { __resolveReference: (reference: { id: string }, ctx: OwnersContext) => loadVisibleResolution(ctx, reference.id) },
};
