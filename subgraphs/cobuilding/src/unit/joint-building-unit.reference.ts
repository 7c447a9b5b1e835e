import type { ReferenceResolvers } from '../../../platform/federation/build-subgraph-schema.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { loadUnit } from './unit-lookup.js';

/** `__resolveReference` for JointBuildingUnit: the same check as the root field. */
export const jointBuildingUnitReferences: ReferenceResolvers = {
  JointBuildingUnit: {
    __resolveReference: (reference: { id: string }, ctx: CobuildingContext) => loadUnit(ctx, reference.id),
  },
};
