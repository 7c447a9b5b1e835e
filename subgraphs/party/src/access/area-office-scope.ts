import type { Caller } from '../../../platform/access/caller.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { reachClauses, reachOf, type PlaceReach } from '../../../platform/access/place-reach.js';
import { anyOfWhere } from '../../../platform/access/any-of-clause.js';
import { Role } from '../../../platform/access/role.js';

/**
 * What an area office (组织部门) reaches: the ids of its grant at its own level only — DISTRICT its districts, STREET
 * its streets, COMMUNITY its communities (as `isAreaOfficeOf`). Null for every other role.
 */
export function areaOfficeReach(caller: Caller): PlaceReach | null {
  const grant = effectiveGrant(caller);
  switch (caller.role) {
    case Role.DISTRICT:
      return reachOf({ districtIds: grant.districtIds });
    case Role.STREET:
      return reachOf({ streetIds: grant.streetIds });
    case Role.COMMUNITY:
      return reachOf({ communityIds: grant.communityIds });
    default:
      return null;
  }
}

/**
 * The records an area office reaches, as a MikroORM where-clause over their `districtId`, `streetId` and
 * `communityId` (one that matches nothing when its grant is empty); null for every other role. The one area part of
 * the party's list scopes: organisations, governance matters and joint meetings.
 */
export function areaOfficeWhere(caller: Caller): Record<string, unknown> | null {
  const reach = areaOfficeReach(caller);
  return reach ? (anyOfWhere<Record<string, unknown>>(reachClauses(reach)) as Record<string, unknown>) : null;
}
