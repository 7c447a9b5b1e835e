import type { ReferenceResolvers } from '../../platform/federation/build-subgraph-schema.js';
import { requireId } from '../../platform/ids/id.js';
import type { PartyContext } from './party.loaders.js';
import { loadOrganization } from './organization/organization-lookup.js';
import { loadVisibleMember } from './member/member-access.js';
import { loadVisibleMatter, loadVisibleMeeting } from './governance/governance-lookup.js';
import { loadVisibleAppointment } from './governance/cross-appointment-lookup.js';
import type { MatterStageFacts } from '../../platform/governance/matter-stage-facts.js';
import type { MatterServiceCount } from '../../platform/governance/matter-service-count.js';

type MatterReference = { id: string; ownersFacts?: MatterStageFacts; propertyFacts?: MatterStageFacts; cobuildingFacts?: MatterStageFacts };

/** Registry entities this subgraph adds fields to: a stub of the id; each added field checks its own access. */
const registryStub = { __resolveReference: (reference: { id: string }) => ({ id: requireId(reference.id) }) };
/** Areas keep the committee members the gateway brought from the owners subgraph for `ownersCommitteePartyShare`. */
const areaStub = {
  __resolveReference: (reference: { id: string; ownersCommitteeMemberPersonIds?: unknown; propertyMatterServiceCounts?: unknown; cobuildingMatterServiceCounts?: unknown }) => ({
    id: requireId(reference.id),
    ...(Array.isArray(reference.ownersCommitteeMemberPersonIds) ? { ownersCommitteeMemberPersonIds: reference.ownersCommitteeMemberPersonIds.map(String) } : {}),
    // And the service counts the property and cobuilding subgraphs gave for `governanceMatterResults`.
    ...(Array.isArray(reference.propertyMatterServiceCounts) ? { propertyMatterServiceCounts: reference.propertyMatterServiceCounts as MatterServiceCount[] } : {}),
    ...(Array.isArray(reference.cobuildingMatterServiceCounts) ? { cobuildingMatterServiceCounts: reference.cobuildingMatterServiceCounts as MatterServiceCount[] } : {}),
  }),
};

/**
 * A matter the caller may read, with the facts the gateway brought for `stage` (@requires). The facts are set on the
 * request's own instance: they are not mapped columns, and the EntityManager dies with the request.
 */
async function resolveMatterReference(reference: MatterReference, ctx: PartyContext) {
  const matter = await loadVisibleMatter(ctx, reference.id);
  if (reference.ownersFacts) matter.ownersFacts = reference.ownersFacts;
  if (reference.propertyFacts) matter.propertyFacts = reference.propertyFacts;
  if (reference.cobuildingFacts) matter.cobuildingFacts = reference.cobuildingFacts;
  return matter;
}

/** `__resolveReference` for every entity of this subgraph, with the same checks as the root fields. */
export const partyReferences: ReferenceResolvers = {
  PartyOrganization: { __resolveReference: (reference: { id: string }, ctx: PartyContext) => loadOrganization(ctx, reference.id) },
  PartyMember: { __resolveReference: (reference: { id: string }, ctx: PartyContext) => loadVisibleMember(ctx, reference.id) },
  JointMeeting: { __resolveReference: (reference: { id: string }, ctx: PartyContext) => loadVisibleMeeting(ctx, reference.id) },
  GovernanceMatter: { __resolveReference: resolveMatterReference },
  CrossAppointment: { __resolveReference: (reference: { id: string }, ctx: PartyContext) => loadVisibleAppointment(ctx, reference.id) },
  District: areaStub,
  Street: areaStub,
  Community: areaStub,
  Neighborhood: registryStub,
  // Keeps the other subgraphs' post summaries the gateway brought for Person.posts (@requires).
  Person: { __resolveReference: (reference: { id: string }) => ({ ...reference, id: requireId(reference.id) }) },
};
