import { EMPTY_GRANT } from '../../../platform/access/caller.js';
import { Role } from '../../../platform/access/role.js';
import { refusalOf } from '../../../../test/harness/refusal.js';
import { callerAs as caller } from '../../../../test/harness/test-caller.js';
import { assertMayReadCoverage } from './coverage.access.js';

describe('assertMayReadCoverage', () => {
  it("is the area's own offices", () => {
    const community = { level: 'community' as const, id: 'c', districtId: 'd', streetId: 's' };
    expect(() => assertMayReadCoverage(caller(Role.STREET, { grant: { ...EMPTY_GRANT, streetIds: ['s'] } }), community)).not.toThrow();
    expect(refusalOf(() => assertMayReadCoverage(caller(Role.COMMUNITY, { grant: { ...EMPTY_GRANT, communityIds: ['c'] } }), { ...community, level: 'street', id: 's' }))).toEqual({
      message: 'Your role (COMMUNITY) may not read coverage of this street: its own area offices may.',
      extensions: { code: 'FORBIDDEN' },
    });
  });
});
