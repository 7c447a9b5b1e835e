import type { Caller } from '../../../platform/access/caller.js';
import type { PlacePath } from '../../../platform/access/place-path.js';
import { Role } from '../../../platform/access/role.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import { managesArea } from '../access/area-management.js';

/** A joint-building unit cancels a project as the unit running it (it must be its own); anyone else as an area office. */
export function cancelsAsUnit(caller: Caller): boolean {
  return caller.role === Role.JOINT_UNIT;
}

/** Anyone but a unit cancels a project only as the community, street or district office of its place. */
export function assertMayCancelAsOffice(caller: Caller, project: PlacePath<'community'>): void {
  if (!managesArea(caller, project)) {
    throw forbidden(`Your role (${caller.role}) may not cancel projects here: only the unit running it, or the community, street or district office of this area, may.`);
  }
}
