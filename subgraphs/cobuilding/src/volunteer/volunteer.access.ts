import type { Caller } from '../../../platform/access/caller.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import type { PlacePath } from '../../../platform/access/place-path.js';
import { Role } from '../../../platform/access/role.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import { assertManagesArea } from '../access/area-management.js';

/**
 * Who records a volunteer activity at `place`: a joint-building unit for its own team, in a community its grant
 * names (its paired communities), gets its unit's id; the community, street or district office of the place gets
 * null; anyone else is refused.
 */
export function recordingUnitId(caller: Caller, place: PlacePath<'community'>): string | null {
  if (caller.role === Role.JOINT_UNIT && caller.organizationId) {
    if (!effectiveGrant(caller).communityIds.includes(place.communityId)) throw forbidden('Your unit may record activities only in communities it is paired with.');
    return caller.organizationId;
  }
  assertManagesArea(caller, place, 'record volunteer activities');
  return null;
}
