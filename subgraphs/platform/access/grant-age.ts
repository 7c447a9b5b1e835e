import type { Caller } from './caller.js';
import { Role } from './role.js';

/**
 * A grant that the identity side derives from contracts — a property company's neighborhoods, from its service
 * contracts in force — is only as true as it was when the token was issued. Such tokens are honoured for at most
 * this long after issue, whatever their expiry says, so a company's reach ends within this bound of its contract
 * ending: the identity side then issues a token without the neighborhood.
 */
export const MAX_GRANT_AGE_SECONDS = 300;

/** Roles whose grant follows contracts, and so ages. */
const CONTRACT_GRANT_ROLES: ReadonlySet<Role> = new Set([Role.PROPERTY_COMPANY]);

export function grantFollowsContracts(role: Role): boolean {
  return CONTRACT_GRANT_ROLES.has(role);
}

/**
 * Until when (ms since the epoch) a verified token may be used: its expiry, or for a contract-derived grant the
 * end of the grant's age bound, whichever comes first. A contract-derived grant without an issue time has no age
 * to check and is never usable.
 */
export function usableUntil(caller: Caller, issuedAtSeconds: number | undefined, expiresAtSeconds: number, maxGrantAgeSeconds: number): number {
  const expiresAt = expiresAtSeconds * 1000;
  if (!grantFollowsContracts(caller.role)) return expiresAt;
  if (issuedAtSeconds === undefined) return 0;
  return Math.min(expiresAt, (issuedAtSeconds + maxGrantAgeSeconds) * 1000);
}
