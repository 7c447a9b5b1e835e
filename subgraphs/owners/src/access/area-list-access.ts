import type { Caller } from '../../../platform/access/caller.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { Role } from '../../../platform/access/role.js';

export type AreaLevel = 'DISTRICT' | 'STREET' | 'COMMUNITY';

/**
 * Who reads an area's owners' lists and event counts (neighborhoods without a committee, committees due for
 * re-election, 业主大会活动统计): the area offices. A caller whose own grant is at the same level as the area must hold
 * that very area; an office of a higher level (a district over a street) reads it narrowed to its grant by the
 * path columns (scopeWhere), which no other subgraph need be asked for.
 */
export function readsAreaLists(caller: Caller, level: AreaLevel, areaId: string): boolean {
  const grant = effectiveGrant(caller);
  switch (caller.role) {
    case Role.DISTRICT:
      return level !== 'DISTRICT' || grant.districtIds.includes(areaId);
    case Role.STREET:
      return level === 'STREET' ? grant.streetIds.includes(areaId) : level === 'COMMUNITY';
    case Role.COMMUNITY:
      return level === 'COMMUNITY' && grant.communityIds.includes(areaId);
    default:
      return false;
  }
}

export const AREA_LISTS_REFUSED = 'Only the offices of this area (district, street, community) read its owners\' lists and figures.';
