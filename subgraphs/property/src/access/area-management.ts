import type { Caller } from '../../../platform/access/caller.js';
import { isAreaOfficeOf } from '../../../platform/access/area-office.js';
import { Role } from '../../../platform/access/role.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import type { PlacePath } from '../../../platform/access/place-path.js';

/** Area roles register and end service contracts (备案) inside their own area. */
export const CONTRACT_MANAGERS: readonly Role[] = [Role.DISTRICT, Role.STREET, Role.COMMUNITY];

/** Whether an area role's own area contains `path`. */
export function isOwnArea(caller: Caller, path: PlacePath<'community', 'community'>): boolean {
  return isAreaOfficeOf(caller, path);
}

export function assertOwnArea(caller: Caller, path: PlacePath<'community', 'community'>, what: string): void {
  if (!CONTRACT_MANAGERS.includes(caller.role)) {
    throw forbidden(`Your role (${caller.role}) may not ${what}: only ${CONTRACT_MANAGERS.join(', ')} of the area may.`);
  }
  if (!isOwnArea(caller, path)) throw forbidden(`You may ${what} only inside your own area.`);
}

/** The company a PROPERTY_COMPANY caller acts for; anyone else is refused. */
export function requireActingCompany(caller: Caller, what: string): string {
  if (caller.role !== Role.PROPERTY_COMPANY || !caller.organizationId) {
    throw forbidden(`Only a property company may ${what}.`);
  }
  return caller.organizationId;
}
