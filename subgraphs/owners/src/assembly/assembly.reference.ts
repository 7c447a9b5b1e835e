import type { ReferenceResolvers } from '../../../platform/federation/build-subgraph-schema.js';
import type { OwnersContext } from '../owners.loaders.js';
import { loadVisibleRecord } from '../access/visible-record.js';

/** OwnersMotion by reference: through the same loader and access check as the root field. */
export const assemblyReferences: ReferenceResolvers = {
  OwnersMotion: { __resolveReference: (reference: { id: string }, ctx: OwnersContext) => loadVisibleRecord(ctx, ctx.loaders.motion, 'OwnersMotion', reference.id) },
};
