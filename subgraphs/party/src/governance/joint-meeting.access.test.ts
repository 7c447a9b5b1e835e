import { EMPTY_GRANT } from '../../../platform/access/caller.js';
import { Role } from '../../../platform/access/role.js';
import { refusalOf } from '../../../../test/harness/refusal.js';
import { callerAs as caller } from '../../../../test/harness/test-caller.js';
import type { OrganizationFacts } from '../access/party-access.js';
import { assertMayConveneMeeting, assertMayRecordDeliberation, assertMayRescheduleMeeting, meetingListWhere } from './joint-meeting.access.js';

const branch: OrganizationFacts & { name: string } = {
  id: 'b', name: 'Branch One', ancestorIds: ['swc', 'cc'], districtId: 'd', streetId: 's', communityId: 'c', neighborhoodIds: ['n'], hostOrganizationId: null,
};

describe('meetingListWhere', () => {
  it('scopes the branch by the organisations it is responsible for and the serving organisations by their neighborhoods', () => {
    expect(meetingListWhere(caller(Role.PARTY_BRANCH, { organizationId: 'b' }), new Set(['b']))).toEqual({ convenedById: { $in: ['b'] } });
    expect(meetingListWhere(caller(Role.OWNERS_COMMITTEE, { grant: { ...EMPTY_GRANT, neighborhoodIds: ['n'] } }), new Set())).toEqual({ neighborhoodId: { $in: ['n'] } });
  });

  it('refuses joint-building units and residents, who read matters but not meetings', () => {
    for (const role of [Role.JOINT_UNIT, Role.RESIDENT]) {
      expect(refusalOf(() => meetingListWhere(caller(role, { grant: { ...EMPTY_GRANT, communityIds: ['c'], neighborhoodIds: ['n'] } }), new Set()))).toEqual({
        message: `Your role (${role}) does not read joint meetings.`,
        extensions: { code: 'FORBIDDEN' },
      });
    }
  });
});

describe('convening, deliberating and rescheduling', () => {
  it('are for the branch and the offices over it', () => {
    const street = caller(Role.STREET, { grant: { ...EMPTY_GRANT, streetIds: ['s'] } });
    expect(() => assertMayConveneMeeting(street, branch)).not.toThrow();
    expect(() => assertMayRecordDeliberation(caller(Role.PARTY_BRANCH, { organizationId: 'b' }), branch)).not.toThrow();
    expect(() => assertMayRescheduleMeeting(caller(Role.DISTRICT, { grant: { ...EMPTY_GRANT, districtIds: ['d'] } }), branch)).not.toThrow();
  });

  it('are refused to others, with the branch named', () => {
    const otherStreet = caller(Role.STREET, { grant: { ...EMPTY_GRANT, streetIds: ['s2'] } });
    const expected = (action: string) => ({
      message: `Your role (STREET) may not ${action}: its branch (Branch One) or the offices over it may.`,
      extensions: { code: 'FORBIDDEN', organizationId: 'b' },
    });
    expect(refusalOf(() => assertMayConveneMeeting(otherStreet, branch))).toEqual(expected('convene joint meetings for this neighborhood'));
    expect(refusalOf(() => assertMayRecordDeliberation(otherStreet, branch))).toEqual(expected('record deliberations of this meeting'));
    expect(refusalOf(() => assertMayRescheduleMeeting(otherStreet, branch))).toEqual(expected('reschedule this meeting'));
  });

  it('are refused to a joint-building unit even for its own organisation', () => {
    const unit = caller(Role.JOINT_UNIT, { organizationId: 'u' });
    expect(refusalOf(() => assertMayConveneMeeting(unit, { ...branch, hostOrganizationId: 'u' })).message).toBe(
      'Your role (JOINT_UNIT) may not convene joint meetings for this neighborhood: its branch (Branch One) or the offices over it may.',
    );
  });
});
