import type { ReferenceResolvers } from '../../platform/federation/build-subgraph-schema.js';
import { requireId } from '../../platform/ids/id.js';
import type { OwnersContext } from './owners.loaders.js';
import { loadVisibleRecord } from './access/visible-record.js';
import { loadVisibleResolution } from './resolution/resolution.access.js';

/**
 * `__resolveReference` for every entity this subgraph resolves. Its own entities go through the same loaders and
 * access checks as the root fields; the registry's Neighborhood and Person resolve to their key (the fields added
 * here check access themselves, and the registry has already checked the entity itself).
 */
export const ownersReferences: ReferenceResolvers = {
  OwnersCommittee: {
    __resolveReference: (reference: { id: string }, ctx: OwnersContext) =>
      loadVisibleRecord(ctx, ctx.loaders.committee, 'OwnersCommittee', reference.id, { publicRecord: true }),
  },
  OwnersMotion: { __resolveReference: (reference: { id: string }, ctx: OwnersContext) => loadVisibleRecord(ctx, ctx.loaders.motion, 'OwnersMotion', reference.id) },
  Resolution: { __resolveReference: (reference: { id: string }, ctx: OwnersContext) => loadVisibleResolution(ctx, reference.id) },
  Neighborhood: { __resolveReference: (reference: { id: string }) => ({ ...reference, id: requireId(reference.id) }) },
  Community: { __resolveReference: (reference: { id: string }) => ({ ...reference, id: requireId(reference.id) }) },
  Street: { __resolveReference: (reference: { id: string }) => ({ ...reference, id: requireId(reference.id) }) },
  District: { __resolveReference: (reference: { id: string }) => ({ ...reference, id: requireId(reference.id) }) },
  GovernanceMatter: { __resolveReference: (reference: { id: string }) => ({ ...reference, id: requireId(reference.id) }) },
  Person: { __resolveReference: (reference: { id: string; partyMember?: boolean }) => ({ ...reference, id: requireId(reference.id) }) },
};
