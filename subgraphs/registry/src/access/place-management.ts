import type { Caller } from '../../../platform/access/caller.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { isAreaOfficeOf } from '../../../platform/access/area-office.js';
import { Role } from '../../../platform/access/role.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import type { PlacePath } from '../../../platform/access/place-path.js';

/** Which area roles may create or change records at each level of the map. */
export const MANAGERS = {
  district: [Role.DISTRICT],
  street: [Role.DISTRICT],
  community: [Role.DISTRICT, Role.STREET],
  neighborhood: [Role.DISTRICT, Role.STREET, Role.COMMUNITY],
} as const satisfies Record<string, readonly Role[]>;

/**
 * Whether the caller may create or change a record at `path`: an area role, listed in `roles`, whose own area
 * contains the path.
 */
export function canManage(caller: Caller, path: PlacePath, roles: readonly Role[]): boolean {
  return roles.includes(caller.role) && isAreaOfficeOf(caller, path);
}

export function assertCanManage(caller: Caller, path: PlacePath, roles: readonly Role[], what: string): void {
  if (!canManage(caller, path, roles)) {
    throw forbidden(`Your role (${caller.role}) may not change ${what} here: only ${roles.join(', ')} of this area may.`);
  }
}

/**
 * Who may register a district (区/县): no role manages the map above districts, and the graph has no platform or
 * administrator role. The identity side, which issues tokens, decides which districts exist: a DISTRICT token's grant
 * names its district's id, and that office records its own district once (name, division code). A district token
 * cannot create any other district, and nobody else can create one.
 */
export function assertMayCreateDistrict(caller: Caller, districtId: string): void {
  if (caller.role !== Role.DISTRICT || !effectiveGrant(caller).districtIds.includes(districtId)) {
    throw forbidden('Only the district office whose token grants this district (DISTRICT) may register it: a district records itself, never another.');
  }
}
