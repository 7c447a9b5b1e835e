import type { Role } from './role.js';

/**
 * The places a token's grant covers. An area role's grant is its own area; an organisation's grant is the places
 * it serves (a property company: the neighborhoods it holds an active contract for, written in by the identity
 * service when it issues the token from the property subgraph's contracts).
 */
export interface PlaceGrant {
  districtIds: readonly string[];
  streetIds: readonly string[];
  communityIds: readonly string[];
  neighborhoodIds: readonly string[];
}

/** A verified caller: who they are, in which role, acting for which organisation, over which places. */
export interface Caller {
  /** The token's subject: the user account. */
  subject: string;
  role: Role;
  /** The person behind the account in the registry (required for residents). */
  personId: string | null;
  /** The organisation the caller acts for (a property company, a committee, a branch, a unit). */
  organizationId: string | null;
  grant: PlaceGrant;
  /** The token's id, for audit. */
  tokenId: string | null;
}

export const EMPTY_GRANT: PlaceGrant = { districtIds: [], streetIds: [], communityIds: [], neighborhoodIds: [] };
