import { testCaller } from '../../../platform/access/caller.fixture.js';
import { Role } from '../../../platform/access/role.js';
import { recordingUnitId } from './volunteer.access.js';

const place = { districtId: 'd1', streetId: 's1', communityId: 'c1', neighborhoodId: null };

describe('volunteer activity access', () => {
  it('lets a unit record for its own team only in a community its grant names', () => {
    expect(recordingUnitId(testCaller(Role.JOINT_UNIT, { communityIds: ['c1'] }, { organizationId: 'u1' }), place)).toBe('u1');
    expect(() => recordingUnitId(testCaller(Role.JOINT_UNIT, { communityIds: ['c2'] }, { organizationId: 'u1' }), place)).toThrow(
      'Your unit may record activities only in communities it is paired with.',
    );
  });

  it('lets the area office of the place record, with no unit, and refuses others', () => {
    expect(recordingUnitId(testCaller(Role.COMMUNITY, { communityIds: ['c1'] }), place)).toBeNull();
    expect(() => recordingUnitId(testCaller(Role.STREET, { streetIds: ['s2'] }), place)).toThrow(
      'Your role (STREET) may not record volunteer activities here: only the community, street or district office of this area may.',
    );
    // A unit token without its organisation is no unit: it must be an area office, which it is not.
    expect(() => recordingUnitId(testCaller(Role.JOINT_UNIT, { communityIds: ['c1'] }), place)).toThrow('Your role (JOINT_UNIT) may not record volunteer activities here');
  });
});
