import type { Caller } from '../../../platform/access/caller.js';
import { Role } from '../../../platform/access/role.js';
import { residentHomeNeighborhoodIds } from '../../../platform/access/place-grant.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import type { PlacePath } from '../../../platform/access/place-path.js';
import { managesArea } from './area-management.js';
import { isWishClaimant } from '../wish/micro-wish.access.js';

/**
 * Who may change or end the records a unit, an office or a resident already holds (issue 16). Each rule names the
 * record's owner: its unit, the area office of its place, or the claimant. Roles alone never suffice.
 */

/** A unit updates only its own directory record. */
export function assertMayUpdateUnit(caller: Caller, unitId: string): void {
  if (caller.role !== Role.JOINT_UNIT || caller.organizationId !== unitId) {
    throw forbidden('Only the joint-building unit itself (JOINT_UNIT) may update its record.');
  }
}

/** A unit edits only the resources it offers. */
export function assertMayEditResource(caller: Caller, resource: { unitId: string }): void {
  if (caller.role !== Role.JOINT_UNIT || caller.organizationId !== resource.unitId) {
    throw forbidden('Only the joint-building unit offering this resource may edit it.');
  }
}

/** A pairing is ended by its unit, or by the community, street or district office of its place. */
export function assertMayEndPairing(caller: Caller, pairing: PlacePath<'community'> & { unitId: string }): void {
  const ownUnit = caller.role === Role.JOINT_UNIT && caller.organizationId === pairing.unitId;
  if (!ownUnit && !managesArea(caller, pairing)) {
    throw forbidden('Only the paired unit, or the community, street or district office of this place, may end this pairing.');
  }
}

/** A unit post is ended by its unit, or by the office of the community it serves. */
export function assertMayEndUnitPost(caller: Caller, post: { unitId: string; districtId: string; streetId: string; communityId: string }): void {
  const ownUnit = caller.role === Role.JOINT_UNIT && caller.organizationId === post.unitId;
  if (!ownUnit && !managesArea(caller, { ...post, neighborhoodId: null })) {
    throw forbidden('Only the unit, or the community, street or district office of the community served, may end this post.');
  }
}

/** A need is closed by the community, street or district office of its place (those who raise needs). */
export function assertMayCloseNeed(caller: Caller, need: PlacePath<'community'>): void {
  if (!managesArea(caller, need)) {
    throw forbidden(`Your role (${caller.role}) may not close this need: only the community, street or district office of its place may.`);
  }
}

/** Only the claimant gives a claimed wish back. */
export function assertMayReleaseWish(caller: Caller, wish: { claimantPersonId: string | null; claimantUnitId: string | null }): void {
  if (!isWishClaimant(caller, wish)) throw forbidden('Only the person or unit that claimed this wish may give it back.');
}

/**
 * The neighborhoods whose communities' wish walls a resident may browse: where they live or own a unit (their
 * token's home neighborhoods). Other roles browse the wishes they may read anyway.
 */
export function wishWallHomeNeighborhoods(caller: Caller): readonly string[] | null {
  return caller.role === Role.RESIDENT ? residentHomeNeighborhoodIds(caller) : null;
}
