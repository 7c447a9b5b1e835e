import type { Caller } from './caller.js';
import { effectiveGrant } from './place-grant.js';
import type { PlacePath } from './place-path.js';
import { Role } from './role.js';

/** Any place path, whatever its depth: an area office's check reads the district, street and community only. */
export type AreaPath = PlacePath<'district', 'community'>;

/**
 * Whether the caller is an area office (DISTRICT, STREET or COMMUNITY) whose own area contains `path`: its effective
 * grant holds the path's id at the role's own level. A level the path does not name (null) is no office's; every
 * other role is no area office.
 */
export function isAreaOfficeOf(caller: Caller, path: AreaPath): boolean {
  const grant = effectiveGrant(caller);
  switch (caller.role) {
    case Role.DISTRICT:
      return grant.districtIds.includes(path.districtId);
    case Role.STREET:
      return path.streetId !== null && grant.streetIds.includes(path.streetId);
    case Role.COMMUNITY:
      return path.communityId !== null && grant.communityIds.includes(path.communityId);
    default:
      return false;
  }
}

/** An area (a district, street or community) as the path of the area itself. */
export function pathOfArea(area: { level: 'district' | 'street' | 'community'; id: string; districtId: string; streetId: string | null }): AreaPath {
  switch (area.level) {
    case 'district':
      return { districtId: area.districtId, streetId: null, communityId: null };
    case 'street':
      return { districtId: area.districtId, streetId: area.streetId, communityId: null };
    case 'community':
      return { districtId: area.districtId, streetId: area.streetId, communityId: area.id };
  }
}
