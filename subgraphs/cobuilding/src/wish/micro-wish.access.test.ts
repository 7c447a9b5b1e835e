import { testCaller } from '../../../platform/access/caller.fixture.js';
import { Role } from '../../../platform/access/role.js';
import {
  assertMayCancelWish,
  assertMayConfirmWish,
  assertNotOwnWish,
  isWishClaimant,
  postingResidentId,
  postsOwnWish,
  wishClaimant,
} from './micro-wish.access.js';

const place = { districtId: 'd1', streetId: 's1', communityId: 'c1', neighborhoodId: 'n1' };
const resident = testCaller(Role.RESIDENT, { neighborhoodIds: ['n1'] }, { personId: 'p1' });
const office = testCaller(Role.COMMUNITY, { communityIds: ['c1'] });
const unit = testCaller(Role.JOINT_UNIT, {}, { organizationId: 'u1' });

describe('micro-wish access', () => {
  it('has a resident post their own wish at home, and an area office for a resident it names', () => {
    expect(postsOwnWish(resident)).toBe(true);
    expect(postsOwnWish(office)).toBe(false);
    expect(postingResidentId(resident, place, undefined)).toBe('p1');
    expect(postingResidentId(resident, place, 'P1')).toBe('p1');
    expect(() => postingResidentId(resident, place, 'p2')).toThrow('A resident posts only their own wishes: leave residentId out.');
    expect(() => postingResidentId(resident, { ...place, neighborhoodId: 'n2' }, undefined)).toThrow(
      'A resident may post micro-wishes only in a neighborhood where they live or own a unit.',
    );
    expect(postingResidentId(office, place, 'P2')).toBe('p2');
    expect(() => postingResidentId(office, place, undefined)).toThrow('residentId is required when posting on behalf of a resident.');
    expect(() => postingResidentId(unit, place, 'p2')).toThrow('Your role (JOINT_UNIT) may not post micro-wishes for residents here');
  });

  it('lets units and persons claim, never their own wish', () => {
    expect(wishClaimant(unit)).toEqual({ unitId: 'u1' });
    expect(wishClaimant(resident)).toEqual({ personId: 'p1' });
    expect(() => wishClaimant(office)).toThrow('Only a joint-building unit (JOINT_UNIT) or a person (RESIDENT) may claim micro-wishes.');
    expect(() => assertNotOwnWish(resident, { residentId: 'p1' })).toThrow('You cannot claim your own wish.');
    expect(() => assertNotOwnWish(resident, { residentId: 'p2' })).not.toThrow();
  });

  it('knows the claimant, the confirming resident and who may cancel', () => {
    expect(isWishClaimant(unit, { claimantUnitId: 'u1', claimantPersonId: null })).toBe(true);
    expect(isWishClaimant(unit, { claimantUnitId: null, claimantPersonId: null })).toBe(false);
    expect(isWishClaimant(resident, { claimantUnitId: null, claimantPersonId: 'p1' })).toBe(true);
    expect(isWishClaimant(office, { claimantUnitId: 'u1', claimantPersonId: 'p1' })).toBe(false);
    expect(() => assertMayConfirmWish(resident, { residentId: 'p1' })).not.toThrow();
    expect(() => assertMayConfirmWish(office, { residentId: 'p1' })).toThrow('Only the resident whose wish it is may confirm it.');
    expect(() => assertMayCancelWish(resident, { ...place, residentId: 'p1' })).not.toThrow();
    expect(() => assertMayCancelWish(office, { ...place, residentId: 'p1' })).not.toThrow();
    expect(() => assertMayCancelWish(unit, { ...place, residentId: 'p1' })).toThrow(
      'Only the resident or the community, street or district office of the area may cancel this wish.',
    );
  });
});
