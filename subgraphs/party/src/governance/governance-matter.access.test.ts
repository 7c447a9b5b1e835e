import { EMPTY_GRANT } from '../../../platform/access/caller.js';
import { Role } from '../../../platform/access/role.js';
import { refusalOf } from '../../../../test/harness/refusal.js';
import { callerAs as caller } from '../../../../test/harness/test-caller.js';
import type { OrganizationFacts } from '../access/party-access.js';
import { assertMayProposeMatter, assertMayWithdrawMatter, matterListWhere } from './governance-matter.access.js';

const branch: OrganizationFacts & { name: string } = {
  id: 'b', name: 'Branch One', ancestorIds: ['swc', 'cc'], districtId: 'd', streetId: 's', communityId: 'c', neighborhoodIds: ['n'], hostOrganizationId: null,
};

describe('matterListWhere', () => {
  it('scopes each reading role and refuses a role that reads no matters', () => {
    expect(matterListWhere(caller(Role.PARTY_BRANCH, { organizationId: 'b' }), new Set(['b', 'g']))).toEqual({ proposedById: { $in: ['b', 'g'] } });
    expect(matterListWhere(caller(Role.JOINT_UNIT, { grant: { ...EMPTY_GRANT, communityIds: ['c'] } }), new Set())).toEqual({ communityId: { $in: ['c'] } });
    expect(matterListWhere(caller(Role.RESIDENT, { grant: { ...EMPTY_GRANT, neighborhoodIds: ['n'] } }), new Set())).toEqual({ neighborhoodId: { $in: ['n'] } });
  });
});

describe('assertMayProposeMatter and assertMayWithdrawMatter', () => {
  it('let the branch and the offices over it act', () => {
    expect(() => assertMayProposeMatter(caller(Role.PARTY_BRANCH, { organizationId: 'b' }), branch)).not.toThrow();
    expect(() => assertMayWithdrawMatter(caller(Role.COMMUNITY, { grant: { ...EMPTY_GRANT, communityIds: ['c'] } }), branch)).not.toThrow();
  });

  it('refuse anyone else, naming the branch', () => {
    const company = caller(Role.PROPERTY_COMPANY, { organizationId: 'p', grant: { ...EMPTY_GRANT, neighborhoodIds: ['n'] } });
    expect(refusalOf(() => assertMayProposeMatter(company, branch))).toEqual({
      message: 'Your role (PROPERTY_COMPANY) may not propose matters for this neighborhood: its branch (Branch One) or the offices over it may.',
      extensions: { code: 'FORBIDDEN', organizationId: 'b' },
    });
    expect(refusalOf(() => assertMayWithdrawMatter(caller(Role.JOINT_UNIT, { organizationId: 'u' }), { ...branch, hostOrganizationId: 'u' }))).toEqual({
      message: 'Your role (JOINT_UNIT) may not withdraw this matter: its branch (Branch One) or the offices over it may.',
      extensions: { code: 'FORBIDDEN', organizationId: 'b' },
    });
  });
});

describe('matterListWhere refusal', () => {
  it('says the role reads no matters (every role of today reads some; a role added later reads none until given a scope)', () => {
    expect(refusalOf(() => matterListWhere(caller('NEW_ROLE' as Role), new Set()))).toEqual({
      message: 'Your role (NEW_ROLE) does not read governance matters.',
      extensions: { code: 'FORBIDDEN' },
    });
  });
});
