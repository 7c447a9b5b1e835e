import type { Caller } from '../../../platform/access/caller.js';
import { Role } from '../../../platform/access/role.js';

/**
 * Committees read the statutory clocks of their own neighborhood, area offices those of their area (the place
 * loader keeps each to its scope); every other role reads none.
 */
export function readsStatutoryClocks(caller: Caller): boolean {
  return [Role.OWNERS_COMMITTEE, Role.DISTRICT, Role.STREET, Role.COMMUNITY].includes(caller.role);
}
