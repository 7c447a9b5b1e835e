import { EMPTY_GRANT } from '../../../platform/access/caller.js';
import { Role } from '../../../platform/access/role.js';
import { refusalOf } from '../../../../test/harness/refusal.js';
import { callerAs as caller } from '../../../../test/harness/test-caller.js';
import type { OrganizationFacts } from '../access/party-access.js';
import { assertDistrictOfficeOf, assertMayReadContactPost, assertReadsInside } from './organization.access.js';

const organization: OrganizationFacts & { name: string } = {
  id: 'b', name: 'Branch One', ancestorIds: ['swc', 'cc'], districtId: 'd', streetId: 's', communityId: 'c', neighborhoodIds: ['n'], hostOrganizationId: null,
};
const company = caller(Role.PROPERTY_COMPANY, { organizationId: 'p', grant: { ...EMPTY_GRANT, neighborhoodIds: ['n'] } });

describe('organization access', () => {
  it("leaves a district's roots to its DISTRICT office", () => {
    expect(() => assertDistrictOfficeOf(caller(Role.DISTRICT, { grant: { ...EMPTY_GRANT, districtIds: ['d'] } }), 'd', 'a street working committee')).not.toThrow();
    expect(refusalOf(() => assertDistrictOfficeOf(caller(Role.DISTRICT, { grant: { ...EMPTY_GRANT, districtIds: ['d2'] } }), 'd', 'a street working committee'))).toEqual({
      message: 'Your role (DISTRICT) may not create a street working committee: only the DISTRICT office of that district may.',
      extensions: { code: 'FORBIDDEN' },
    });
    // A STREET grant naming the district does not make a street office a district office.
    expect(refusalOf(() => assertDistrictOfficeOf(caller(Role.STREET, { grant: { ...EMPTY_GRANT, districtIds: ['d'] } }), 'd', 'x')).message).toBe(
      'Your role (STREET) may not create x: only the DISTRICT office of that district may.',
    );
  });

  it('lets only its own party office read the sensitive lists', () => {
    expect(() => assertReadsInside(caller(Role.PARTY_BRANCH, { organizationId: 'b' }), organization, 'members')).not.toThrow();
    expect(refusalOf(() => assertReadsInside(company, organization, 'members'))).toEqual({
      message: 'Your role (PROPERTY_COMPANY) may not read the members of Branch One: only its own party office may; others see the counts.',
      extensions: { code: 'FORBIDDEN', organizationId: 'b' },
    });
  });

  it('shows the contact post to its own party office and the companies serving its neighborhoods', () => {
    expect(() => assertMayReadContactPost(company, organization)).not.toThrow();
    expect(() => assertMayReadContactPost(caller(Role.COMMUNITY, { grant: { ...EMPTY_GRANT, communityIds: ['c'] } }), organization)).not.toThrow();
    expect(refusalOf(() => assertMayReadContactPost(caller(Role.OWNERS_COMMITTEE, { organizationId: 'o', grant: { ...EMPTY_GRANT, neighborhoodIds: ['n'] } }), organization))).toEqual({
      message: 'Your role (OWNERS_COMMITTEE) may not read the contact post of Branch One: its own party office and the property companies serving its neighborhoods may.',
      extensions: { code: 'FORBIDDEN', organizationId: 'b' },
    });
  });
});
