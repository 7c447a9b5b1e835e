import { verifiedMatterFacts, type MatterStageCounts } from '../../../platform/governance/matter-stage-facts.js';
import type { PartyContext } from '../party.loaders.js';
import type { GovernanceMatter } from './governance-matter.entity.js';

export interface VerifiedMatterFacts {
  ownersFacts: MatterStageCounts;
  propertyFacts: MatterStageCounts;
  cobuildingFacts: MatterStageCounts;
}

/** Verified once per matter instance (one per request): stage, nextStep and linkCertificate all read them. */
const verified = new WeakMap<GovernanceMatter, VerifiedMatterFacts>();

/**
 * The three subgraphs' facts about a matter, which decide its stage and so the certificates signed here: each must
 * carry its author's fresh signature over exactly these counts for this matter, or the stage is refused (FORBIDDEN)
 * rather than derived from facts a caller could have written into an `_entities` representation.
 */
export function verifiedFactsOf(matter: GovernanceMatter, ctx: PartyContext): VerifiedMatterFacts {
  let facts = verified.get(matter);
  if (!facts) {
    facts = {
      ownersFacts: verifiedMatterFacts('owners', matter.id, matter.ownersFacts, ctx.statementKeys),
      propertyFacts: verifiedMatterFacts('property', matter.id, matter.propertyFacts, ctx.statementKeys),
      cobuildingFacts: verifiedMatterFacts('cobuilding', matter.id, matter.cobuildingFacts, ctx.statementKeys),
    };
    verified.set(matter, facts);
  }
  return facts;
}
