import { EMPTY_GRANT } from '../../../platform/access/caller.js';
import { Role } from '../../../platform/access/role.js';
import { refusalOf } from '../../../../test/harness/refusal.js';
import { callerAs as caller } from '../../../../test/harness/test-caller.js';
import type { OrganizationFacts } from '../access/party-access.js';
import { assertMayAppoint, assertMayEndCrossAppointment, assertMayListCrossAppointmentsOf } from './cross-appointment.access.js';
import type { GovernancePlace } from './governance.access.js';

const place: GovernancePlace = { districtId: 'd', streetId: 's', communityId: 'c', neighborhoodId: 'n' };
const host: OrganizationFacts & { name: string } = {
  id: 'b', name: 'Branch One', ancestorIds: ['swc', 'cc'], districtId: 'd', streetId: 's', communityId: 'c', neighborhoodIds: ['n'], hostOrganizationId: null,
};

describe('assertMayAppoint and assertMayEndCrossAppointment', () => {
  it('let the area office over the place and the branch responsible for a party host act', () => {
    expect(() => assertMayAppoint(caller(Role.COMMUNITY, { grant: { ...EMPTY_GRANT, communityIds: ['c'] } }), place, null)).not.toThrow();
    expect(() => assertMayAppoint(caller(Role.PARTY_BRANCH, { organizationId: 'b' }), place, host)).not.toThrow();
    expect(() => assertMayEndCrossAppointment(caller(Role.STREET, { grant: { ...EMPTY_GRANT, streetIds: ['s'] } }), place, null)).not.toThrow();
    expect(() => assertMayEndCrossAppointment(caller(Role.PARTY_BRANCH, { organizationId: 'b' }), place, host)).not.toThrow();
  });

  it('refuse a branch without a party host, and every other role', () => {
    const branch = caller(Role.PARTY_BRANCH, { organizationId: 'b' });
    expect(refusalOf(() => assertMayAppoint(branch, place, null))).toEqual({
      message:
        'Your role (PARTY_BRANCH) may not make cross-appointments here: the organisation department (district, street or community office over the place) or the branch responsible for the host may.',
      extensions: { code: 'FORBIDDEN' },
    });
    const company = caller(Role.PROPERTY_COMPANY, { organizationId: 'p', grant: { ...EMPTY_GRANT, neighborhoodIds: ['n'] } });
    expect(refusalOf(() => assertMayEndCrossAppointment(company, place, host))).toEqual({
      message: 'Your role (PROPERTY_COMPANY) may not end this appointment: the office that may appoint it may.',
      extensions: { code: 'FORBIDDEN' },
    });
  });
});

describe('assertMayListCrossAppointmentsOf', () => {
  it("is the organisation's own party office", () => {
    expect(() => assertMayListCrossAppointmentsOf(caller(Role.PARTY_BRANCH, { organizationId: 'b' }), host)).not.toThrow();
    expect(refusalOf(() => assertMayListCrossAppointmentsOf(caller(Role.PARTY_BRANCH, { organizationId: 'b2' }), host))).toEqual({
      message: 'Your role (PARTY_BRANCH) may not list the cross-appointments of Branch One: only its own party office may; each person sees their own.',
      extensions: { code: 'FORBIDDEN', organizationId: 'b' },
    });
  });
});
