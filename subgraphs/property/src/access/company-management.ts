import type { Caller } from '../../../platform/access/caller.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { Role } from '../../../platform/access/role.js';
import { forbidden } from '../../../platform/errors/error-codes.js';

/** Only a district registers property companies (企业登记 is the district's business). */
export function assertMayRegisterCompany(caller: Caller): void {
  if (caller.role !== Role.DISTRICT) throw forbidden('Only the DISTRICT role may register property companies.');
}

/**
 * A district changes a company's standing or party organisation only where the company works: it holds, or held, a
 * service contract for a neighborhood of that district. Any other district is told nothing about the company's
 * existence beyond what the public record shows, and gets NOT_FOUND like an unknown id.
 */
export function mayChangeCompany(caller: Caller, contractDistrictIds: readonly string[]): boolean {
  if (caller.role !== Role.DISTRICT) return false;
  const own = effectiveGrant(caller).districtIds;
  return contractDistrictIds.some((districtId) => own.includes(districtId));
}

export function assertMayChangeCompanyRole(caller: Caller): void {
  if (caller.role !== Role.DISTRICT) throw forbidden('Only the DISTRICT role may change property companies.');
}
