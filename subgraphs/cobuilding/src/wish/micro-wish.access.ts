import type { Caller } from '../../../platform/access/caller.js';
import type { PlacePath } from '../../../platform/access/place-path.js';
import { Role } from '../../../platform/access/role.js';
import { badUserInput, forbidden } from '../../../platform/errors/error-codes.js';
import { assertManagesArea, assertResidentHome, managesArea } from '../access/area-management.js';

/** Whether the caller posts a wish for themself (a resident, who must post where they live on a known path). */
export function postsOwnWish(caller: Caller): boolean {
  return caller.role === Role.RESIDENT;
}

/**
 * The resident a wish is posted for: a resident posts only their own wishes where they live or own a unit; the
 * community, street or district office of the place posts for the resident it names; anyone else is refused.
 */
export function postingResidentId(caller: Caller, place: PlacePath<'community'>, residentId: string | undefined): string {
  if (postsOwnWish(caller)) {
    const own = caller.personId!;
    if (residentId && residentId.toLowerCase() !== own) throw forbidden('A resident posts only their own wishes: leave residentId out.');
    assertResidentHome(caller, place, 'post micro-wishes');
    return own;
  }
  assertManagesArea(caller, place, 'post micro-wishes for residents');
  if (!residentId) throw badUserInput('residentId is required when posting on behalf of a resident.', { field: 'residentId' });
  return residentId.toLowerCase();
}

/** Who claims a wish: a joint-building unit for itself or a person as a volunteer; anyone else is refused. */
export function wishClaimant(caller: Caller): { unitId: string } | { personId: string | null } {
  if (caller.role === Role.JOINT_UNIT && caller.organizationId) return { unitId: caller.organizationId };
  if (caller.role === Role.RESIDENT) return { personId: caller.personId };
  throw forbidden('Only a joint-building unit (JOINT_UNIT) or a person (RESIDENT) may claim micro-wishes.');
}

/** A person does not claim their own wish. */
export function assertNotOwnWish(caller: Caller, wish: { residentId: string }): void {
  if (wish.residentId === caller.personId) throw forbidden('You cannot claim your own wish.');
}

/** Whether the caller is the unit or person that claimed the wish. */
export function isWishClaimant(caller: Caller, wish: { claimantPersonId: string | null; claimantUnitId: string | null }): boolean {
  if (caller.role === Role.JOINT_UNIT) return wish.claimantUnitId !== null && wish.claimantUnitId === caller.organizationId;
  if (caller.role === Role.RESIDENT) return wish.claimantPersonId !== null && wish.claimantPersonId === caller.personId;
  return false;
}

/** Only the resident whose wish it is confirms it fulfilled. */
export function assertMayConfirmWish(caller: Caller, wish: { residentId: string }): void {
  if (caller.role !== Role.RESIDENT || caller.personId !== wish.residentId) throw forbidden('Only the resident whose wish it is may confirm it.');
}

/** A wish is cancelled by its resident or by the community, street or district office of its place. */
export function assertMayCancelWish(caller: Caller, wish: PlacePath<'community'> & { residentId: string }): void {
  const own = caller.role === Role.RESIDENT && caller.personId === wish.residentId;
  if (!own && !managesArea(caller, wish)) throw forbidden('Only the resident or the community, street or district office of the area may cancel this wish.');
}
