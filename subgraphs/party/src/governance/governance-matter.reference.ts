import type { ReferenceResolvers } from '../../../platform/federation/build-subgraph-schema.js';
import type { MatterStageFacts } from '../../../platform/governance/matter-stage-facts.js';
import type { PartyContext } from '../party.loaders.js';
import { loadVisibleMatter } from './governance-lookup.js';

type MatterReference = { id: string; ownersFacts?: MatterStageFacts; propertyFacts?: MatterStageFacts; cobuildingFacts?: MatterStageFacts };

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

/** `__resolveReference` for GovernanceMatter. */
export const governanceMatterReferences: ReferenceResolvers = {
  GovernanceMatter: { __resolveReference: resolveMatterReference },
};
