import type { ReferenceResolvers } from '../../../platform/federation/build-subgraph-schema.js';
import type { OwnersContext } from '../owners.loaders.js';
import { loadVisibleRecord } from '../access/visible-record.js';

/** OwnersCommittee by reference: through the same loader and access check as the root field (a public record). */
export const committeeReferences: ReferenceResolvers = {
  OwnersCommittee: {
    __resolveReference: (reference: { id: string }, ctx: OwnersContext) =>
      loadVisibleRecord(ctx, ctx.loaders.committee, 'OwnersCommittee', reference.id, { publicRecord: true }),
  },
};
