import type { ReferenceResolvers } from '../../../platform/federation/build-subgraph-schema.js';
import type { PartyContext } from '../party.loaders.js';
import { loadVisibleMember } from './member.access.js';

/** `__resolveReference` for PartyMember: a member the caller may see, as on the root fields. */
export const memberReferences: ReferenceResolvers = {
  PartyMember: { __resolveReference: (reference: { id: string }, ctx: PartyContext) => loadVisibleMember(ctx, reference.id) },
};
