import type { Caller, PlaceGrant } from './caller.js';
import { isAreaOfficeOf, pathOfArea } from './area-office.js';
import { Role } from './role.js';

const caller = (role: Role, grant: Partial<PlaceGrant>): Caller => ({
  subject: 's',
  role,
  personId: null,
  organizationId: null,
  tokenId: null,
  grant: { districtIds: [], streetIds: [], communityIds: [], neighborhoodIds: [], ...grant },
});
const place = { districtId: 'd1', streetId: 's1', communityId: 'c1', neighborhoodId: 'n1' };

describe('area office', () => {
  it('lets an area role cover places at its own level only', () => {
    expect(isAreaOfficeOf(caller(Role.DISTRICT, { districtIds: ['d1'] }), place)).toBe(true);
    expect(isAreaOfficeOf(caller(Role.STREET, { streetIds: ['s1'] }), place)).toBe(true);
    expect(isAreaOfficeOf(caller(Role.COMMUNITY, { communityIds: ['c1'] }), place)).toBe(true);
    expect(isAreaOfficeOf(caller(Role.COMMUNITY, { communityIds: ['c2'] }), place)).toBe(false);
    // A street grant on a community token is ignored: the role uses community ids only.
    expect(isAreaOfficeOf(caller(Role.COMMUNITY, { streetIds: ['s1'] }), place)).toBe(false);
    expect(isAreaOfficeOf(caller(Role.DISTRICT, { streetIds: ['s1'] }), place)).toBe(false);
  });

  it('gives no other role an area, whatever its grant says', () => {
    for (const role of [Role.PARTY_BRANCH, Role.PROPERTY_COMPANY, Role.OWNERS_COMMITTEE, Role.JOINT_UNIT, Role.RESIDENT]) {
      expect(isAreaOfficeOf(caller(role, { districtIds: ['d1'], streetIds: ['s1'], communityIds: ['c1'], neighborhoodIds: ['n1'] }), place)).toBe(false);
    }
  });

  it('finds no office for a level the path does not name', () => {
    const district = { districtId: 'd1', streetId: null, communityId: null };
    expect(isAreaOfficeOf(caller(Role.STREET, { streetIds: ['s1'] }), district)).toBe(false);
    expect(isAreaOfficeOf(caller(Role.COMMUNITY, { communityIds: ['c1'] }), district)).toBe(false);
    expect(isAreaOfficeOf(caller(Role.DISTRICT, { districtIds: ['d1'] }), district)).toBe(true);
  });

  it('reads an area as its own path', () => {
    expect(pathOfArea({ level: 'district', id: 'd1', districtId: 'd1', streetId: null })).toEqual({ districtId: 'd1', streetId: null, communityId: null });
    expect(pathOfArea({ level: 'street', id: 's1', districtId: 'd1', streetId: 's1' })).toEqual({ districtId: 'd1', streetId: 's1', communityId: null });
    expect(pathOfArea({ level: 'community', id: 'c1', districtId: 'd1', streetId: 's1' })).toEqual({ districtId: 'd1', streetId: 's1', communityId: 'c1' });
  });
});
