import type { Caller } from '../../../platform/access/caller.js';
import { Role } from '../../../platform/access/role.js';

/** Who may read a roster of a neighborhood they can see (业主名册): its owners' committee and the area offices. */
const ROSTER_READERS: ReadonlySet<Role> = new Set([Role.OWNERS_COMMITTEE, Role.COMMUNITY, Role.STREET, Role.DISTRICT]);

export function readsOwnersRosters(caller: Caller): boolean {
  return ROSTER_READERS.has(caller.role);
}
