import type { ReferenceResolvers } from '../../../platform/federation/build-subgraph-schema.js';
import type { PartyContext } from '../party.loaders.js';
import { loadVisibleMeeting } from './governance-lookup.js';

/** `__resolveReference` for JointMeeting: a meeting the caller may read, as on the root fields. */
export const jointMeetingReferences: ReferenceResolvers = {
  JointMeeting: { __resolveReference: (reference: { id: string }, ctx: PartyContext) => loadVisibleMeeting(ctx, reference.id) },
};
