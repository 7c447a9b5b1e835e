import { EMPTY_GRANT } from '../../../platform/access/caller.js';
import { Role } from '../../../platform/access/role.js';
import { callerAs as caller } from '../../../../test/harness/test-caller.js';
import { areaOfficeWhere } from '../access/area-office-scope.js';
import { governanceRecordsWhere } from './governance.access.js';

const grant = { ...EMPTY_GRANT, districtIds: ['d'], streetIds: ['s'], communityIds: ['c'], neighborhoodIds: ['n'] };

describe('governanceRecordsWhere', () => {
  it('scopes the area offices as every party list does (areaOfficeWhere), for matters and meetings alike', () => {
    for (const role of [Role.DISTRICT, Role.STREET, Role.COMMUNITY]) {
      for (const forMatters of [true, false]) {
        expect(governanceRecordsWhere(caller(role, { grant }), new Set(['b']), 'proposedById', forMatters)).toEqual(areaOfficeWhere(caller(role, { grant })));
      }
    }
    expect(governanceRecordsWhere(caller(Role.COMMUNITY, { grant }), new Set(), 'convenedById', false)).toEqual({ $or: [{ communityId: { $in: ['c'] } }] });
  });

  it('scopes a branch by the branch column, the company and committee by their neighborhoods', () => {
    expect(governanceRecordsWhere(caller(Role.PARTY_BRANCH, { organizationId: 'b', grant }), new Set(['b', 'g']), 'convenedById', false)).toEqual({ convenedById: { $in: ['b', 'g'] } });
    expect(governanceRecordsWhere(caller(Role.PROPERTY_COMPANY, { grant }), new Set(), 'convenedById', false)).toEqual({ neighborhoodId: { $in: ['n'] } });
    expect(governanceRecordsWhere(caller(Role.OWNERS_COMMITTEE, { grant }), new Set(), 'proposedById', true)).toEqual({ neighborhoodId: { $in: ['n'] } });
  });

  it('lets joint units and residents list matters, not meetings', () => {
    expect(governanceRecordsWhere(caller(Role.JOINT_UNIT, { grant }), new Set(), 'proposedById', true)).toEqual({ communityId: { $in: ['c'] } });
    expect(governanceRecordsWhere(caller(Role.JOINT_UNIT, { grant }), new Set(), 'convenedById', false)).toBeNull();
    expect(governanceRecordsWhere(caller(Role.RESIDENT, { grant: { ...EMPTY_GRANT, neighborhoodIds: ['n'] } }), new Set(), 'proposedById', true)).toEqual({ neighborhoodId: { $in: ['n'] } });
    expect(governanceRecordsWhere(caller(Role.RESIDENT, { grant: { ...EMPTY_GRANT, neighborhoodIds: ['n'] } }), new Set(), 'convenedById', false)).toBeNull();
  });
});
