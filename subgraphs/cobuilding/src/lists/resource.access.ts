import type { Caller } from '../../../platform/access/caller.js';
import { Role } from '../../../platform/access/role.js';
import { forbidden } from '../../../platform/errors/error-codes.js';

/** The resources list is published to every organisation and area; residents deal with units through wishes. */
export function assertMayReadResources(caller: Caller): void {
  if (caller.role === Role.RESIDENT) throw forbidden('Residents may not list resources: post a micro-wish instead.');
}
