import type { ReferenceResolvers } from '../../../platform/federation/build-subgraph-schema.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { loadVisibleProject } from './project-lookup.js';

/** `__resolveReference` for CoBuildingProject: the same scope check as `coBuildingProject(id)`. */
export const coBuildingProjectReferences: ReferenceResolvers = {
  CoBuildingProject: {
    __resolveReference: (reference: { id: string }, ctx: CobuildingContext) => loadVisibleProject(ctx, reference.id),
  },
};
