import { EMPTY_GRANT } from '../../../platform/access/caller.js';
import { Role } from '../../../platform/access/role.js';
import { callerAs as caller } from '../../../../test/harness/test-caller.js';
import { claimedCommitteeId, holdsCommitteeNeighborhood } from './own-committee-access.js';

describe('own committee access', () => {
  it('takes the committee from an OWNERS_COMMITTEE token only', () => {
    expect(claimedCommitteeId(caller(Role.OWNERS_COMMITTEE, { organizationId: 'o' }))).toBe('o');
    expect(claimedCommitteeId(caller(Role.OWNERS_COMMITTEE))).toBeNull();
    expect(claimedCommitteeId(caller(Role.PROPERTY_COMPANY, { organizationId: 'o' }))).toBeNull();
  });

  it("needs the token's grant to hold the committee's neighborhood", () => {
    const committee = caller(Role.OWNERS_COMMITTEE, { organizationId: 'o', grant: { ...EMPTY_GRANT, neighborhoodIds: ['n'] } });
    expect(holdsCommitteeNeighborhood(committee, { neighborhoodId: 'n' })).toBe(true);
    expect(holdsCommitteeNeighborhood(committee, { neighborhoodId: 'n2' })).toBe(false);
  });
});
