import { testCaller } from '../../../platform/access/caller.fixture.js';
import { Role } from '../../../platform/access/role.js';
import { assertMayCancelAsOffice, cancelsAsUnit } from './project.access.js';

const project = { districtId: 'd1', streetId: 's1', communityId: 'c1', neighborhoodId: 'n1' };

describe('project access', () => {
  it('has units cancel as the unit running the project', () => {
    expect(cancelsAsUnit(testCaller(Role.JOINT_UNIT))).toBe(true);
    expect(cancelsAsUnit(testCaller(Role.COMMUNITY))).toBe(false);
  });

  it('has anyone else cancel as the area office of the place', () => {
    expect(() => assertMayCancelAsOffice(testCaller(Role.DISTRICT, { districtIds: ['d1'] }), project)).not.toThrow();
    expect(() => assertMayCancelAsOffice(testCaller(Role.PARTY_BRANCH, { communityIds: ['c1'] }), project)).toThrow(
      'Your role (PARTY_BRANCH) may not cancel projects here: only the unit running it, or the community, street or district office of this area, may.',
    );
  });
});
