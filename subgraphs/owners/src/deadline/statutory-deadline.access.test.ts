import { Role } from '../../../platform/access/role.js';
import { callerAs as caller } from '../../../../test/harness/test-caller.js';
import { readsStatutoryClocks } from './statutory-deadline.access.js';

describe('readsStatutoryClocks', () => {
  it('is committees and area offices, nobody else', () => {
    for (const role of [Role.OWNERS_COMMITTEE, Role.DISTRICT, Role.STREET, Role.COMMUNITY]) expect(readsStatutoryClocks(caller(role))).toBe(true);
    for (const role of [Role.PARTY_BRANCH, Role.PROPERTY_COMPANY, Role.JOINT_UNIT, Role.RESIDENT]) expect(readsStatutoryClocks(caller(role))).toBe(false);
  });
});
