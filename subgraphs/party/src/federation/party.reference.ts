import type { ReferenceResolvers } from '../../../platform/federation/build-subgraph-schema.js';
import { requireId } from '../../../platform/ids/id.js';
import type { PartyContext } from '../party.loaders.js';
import { loadOrganization } from '../organization/organization-lookup.js';
import { loadVisibleMember } from '../member/member-access.js';

/** Registry entities this subgraph adds fields to: a stub of the id; each added field checks its own access. */
const registryStub = { __resolveReference: (reference: { id: string }) => ({ id: requireId(reference.id) }) };

/** `__resolveReference` for every entity of this subgraph, with the same checks as the root fields. */
export const partyReferences: ReferenceResolvers = {
  PartyOrganization: { __resolveReference: (reference: { id: string }, ctx: PartyContext) => loadOrganization(ctx, reference.id) },
  PartyMember: { __resolveReference: (reference: { id: string }, ctx: PartyContext) => loadVisibleMember(ctx, reference.id) },
  JointMeeting: { __resolveReference: () => null },
  District: registryStub,
  Street: registryStub,
  Community: registryStub,
  Neighborhood: registryStub,
  Person: registryStub,
};
