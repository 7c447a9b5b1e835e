import { attestFacts, checkAttestedFacts, OWNERS_ROSTER_FACTS } from '../access/attested-facts.js';
import type { StatementKeys } from '../access/signed-statement.js';

/**
 * One unit of a neighborhood's owners' roster (业主名册) as it crosses from the registry to the owners subgraph
 * (`Neighborhood.ownersRoster`, `@requires`): it decides who votes and with which area, so the registry signs the
 * roster when it reads it (`Neighborhood.ownersRosterAttestation`) and the owners subgraph records nothing the
 * registry did not sign.
 */
export interface OwnersRosterEntry {
  unitId: string;
  /** As GraphQL carries a Decimal: a string such as "89.50". */
  area: string;
  developerHeld: boolean;
  ownerIds: string[];
}

/** The fields that are signed, in the form the gateway carries them. */
function signedForm(units: readonly OwnersRosterEntry[]): OwnersRosterEntry[] {
  return units.map((unit) => ({ unitId: unit.unitId, area: String(unit.area), developerHeld: unit.developerHeld, ownerIds: [...unit.ownerIds] }));
}

/** The registry's signature over a neighborhood's roster as it reads it now. */
export function attestOwnersRoster(neighborhoodId: string, units: readonly OwnersRosterEntry[], keys: StatementKeys): string {
  return attestFacts(OWNERS_ROSTER_FACTS, neighborhoodId, signedForm(units), keys);
}

/** Throws FORBIDDEN unless the registry signed exactly this roster for this neighborhood within the freshness bound. */
export function checkOwnersRoster(neighborhoodId: string, units: readonly OwnersRosterEntry[] | null | undefined, attestation: unknown, keys: StatementKeys): void {
  checkAttestedFacts(OWNERS_ROSTER_FACTS, neighborhoodId, Array.isArray(units) ? signedForm(units) : null, attestation, keys);
}
