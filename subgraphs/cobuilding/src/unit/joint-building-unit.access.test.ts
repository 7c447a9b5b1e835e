import { testCaller } from '../../../platform/access/caller.fixture.js';
import { Role } from '../../../platform/access/role.js';
import { assertMayReadUnits, assertMayRegisterUnits } from './joint-building-unit.access.js';

describe('joint-building unit access', () => {
  it('keeps the directory from residents only', () => {
    expect(() => assertMayReadUnits(testCaller(Role.RESIDENT))).toThrow('Residents may not list joint-building units.');
    for (const role of [Role.COMMUNITY, Role.JOINT_UNIT, Role.PROPERTY_COMPANY]) expect(() => assertMayReadUnits(testCaller(role))).not.toThrow();
  });

  it('lets district and street offices register units', () => {
    expect(() => assertMayRegisterUnits(testCaller(Role.DISTRICT))).not.toThrow();
    expect(() => assertMayRegisterUnits(testCaller(Role.STREET))).not.toThrow();
    expect(() => assertMayRegisterUnits(testCaller(Role.COMMUNITY))).toThrow(
      'Your role (COMMUNITY) may not register joint-building units: only DISTRICT or STREET may.',
    );
  });
});
