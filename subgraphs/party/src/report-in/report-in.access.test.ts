import { EMPTY_GRANT } from '../../../platform/access/caller.js';
import { Role } from '../../../platform/access/role.js';
import { refusalOf } from '../../../../test/harness/refusal.js';
import { callerAs as caller } from '../../../../test/harness/test-caller.js';
import { assertMayReadReportIns, assertMaySeeReporter, receivesReportIn } from './report-in.access.js';

const reportIn = { communityId: 'c', districtId: 'd', streetId: 's' };
const community = caller(Role.COMMUNITY, { grant: { ...EMPTY_GRANT, communityIds: ['c'] } });
const branch = caller(Role.PARTY_BRANCH, { organizationId: 'b', grant: { ...EMPTY_GRANT, communityIds: ['c'] } });

describe('report-in access', () => {
  it("lets the receiving community's area offices read report-ins, and nobody else", () => {
    expect(receivesReportIn(community, reportIn)).toBe(true);
    expect(receivesReportIn(caller(Role.STREET, { grant: { ...EMPTY_GRANT, streetIds: ['s'] } }), reportIn)).toBe(true);
    expect(receivesReportIn(caller(Role.COMMUNITY, { grant: { ...EMPTY_GRANT, communityIds: ['c2'] } }), reportIn)).toBe(false);
    expect(() => assertMayReadReportIns(community, reportIn)).not.toThrow();
    expect(refusalOf(() => assertMayReadReportIns(branch, reportIn))).toEqual({
      message: 'Your role (PARTY_BRANCH) may not read report-ins to this community: its COMMUNITY, STREET and DISTRICT offices may.',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('shows who reported to the receiving offices without asking about the membership, and to others only if they see it', async () => {
    let asked = 0;
    const seesMembership = async () => {
      asked += 1;
      return false;
    };
    await expect(assertMaySeeReporter(community, reportIn, seesMembership)).resolves.toBeUndefined();
    expect(asked).toBe(0);
    await expect(assertMaySeeReporter(branch, reportIn, async () => true)).resolves.toBeUndefined();
    await expect(assertMaySeeReporter(branch, reportIn, seesMembership)).rejects.toMatchObject({
      message: 'Your role (PARTY_BRANCH) may not see who reported.',
      extensions: { code: 'FORBIDDEN' },
    });
  });
});
