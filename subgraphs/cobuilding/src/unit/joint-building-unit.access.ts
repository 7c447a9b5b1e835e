import type { Caller } from '../../../platform/access/caller.js';
import { Role } from '../../../platform/access/role.js';
import { forbidden } from '../../../platform/errors/error-codes.js';

/** Residents are not told which organisations co-build; everyone else reads the directory of units. */
export function assertMayReadUnits(caller: Caller): void {
  if (caller.role === Role.RESIDENT) throw forbidden('Residents may not list joint-building units.');
}

/** The district and street offices keep the directory of joint-building units. */
export function assertMayRegisterUnits(caller: Caller): void {
  if (caller.role !== Role.DISTRICT && caller.role !== Role.STREET) {
    throw forbidden(`Your role (${caller.role}) may not register joint-building units: only DISTRICT or STREET may.`);
  }
}
