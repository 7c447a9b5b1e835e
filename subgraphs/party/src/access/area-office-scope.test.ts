import { EMPTY_GRANT } from '../../../platform/access/caller.js';
import { reachOf } from '../../../platform/access/place-reach.js';
import { Role } from '../../../platform/access/role.js';
import { callerAs as caller } from '../../../../test/harness/test-caller.js';
import { areaOfficeReach, areaOfficeWhere } from './area-office-scope.js';

// A grant naming places at every level: each office reaches through its own level only.
const everywhere = { ...EMPTY_GRANT, districtIds: ['d'], streetIds: ['s'], communityIds: ['c'], neighborhoodIds: ['n'] };

describe('areaOfficeReach', () => {
  it('is the grant at the office’s own level', () => {
    expect(areaOfficeReach(caller(Role.DISTRICT, { grant: everywhere }))).toEqual(reachOf({ districtIds: ['d'] }));
    expect(areaOfficeReach(caller(Role.STREET, { grant: everywhere }))).toEqual(reachOf({ streetIds: ['s'] }));
    expect(areaOfficeReach(caller(Role.COMMUNITY, { grant: everywhere }))).toEqual(reachOf({ communityIds: ['c'] }));
  });

  it('is null for every role that is no area office', () => {
    for (const role of [Role.PARTY_BRANCH, Role.PROPERTY_COMPANY, Role.OWNERS_COMMITTEE, Role.JOINT_UNIT, Role.RESIDENT]) {
      expect(areaOfficeReach(caller(role, { grant: everywhere }))).toBeNull();
    }
  });
});

describe('areaOfficeWhere', () => {
  it('selects the records of the office’s own areas by their path column', () => {
    expect(areaOfficeWhere(caller(Role.DISTRICT, { grant: everywhere }))).toEqual({ $or: [{ districtId: { $in: ['d'] } }] });
    expect(areaOfficeWhere(caller(Role.STREET, { grant: { ...everywhere, streetIds: ['s', 's2'] } }))).toEqual({ $or: [{ streetId: { $in: ['s', 's2'] } }] });
    expect(areaOfficeWhere(caller(Role.COMMUNITY, { grant: everywhere }))).toEqual({ $or: [{ communityId: { $in: ['c'] } }] });
  });

  it('matches nothing for an office with an empty grant, and is null for other roles', () => {
    expect(areaOfficeWhere(caller(Role.STREET))).toEqual({ id: { $in: [] } });
    expect(areaOfficeWhere(caller(Role.PARTY_BRANCH, { organizationId: 'b', grant: everywhere }))).toBeNull();
  });
});
