import { Role } from '../../../platform/access/role.js';
import { callerAs as caller } from '../../../../test/harness/test-caller.js';
import { castsAsOwner } from './ballot.access.js';

describe('castsAsOwner', () => {
  it('is residents; the committee and the offices enter ballots instead', () => {
    expect(castsAsOwner(caller(Role.RESIDENT, { personId: 'p' }))).toBe(true);
    for (const role of [Role.OWNERS_COMMITTEE, Role.STREET, Role.COMMUNITY]) expect(castsAsOwner(caller(role))).toBe(false);
  });
});
