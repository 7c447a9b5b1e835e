import { EMPTY_GRANT, type Caller } from '../../../platform/access/caller.js';
import { Role } from '../../../platform/access/role.js';
import { isContractedCompanyOf, isResponsibleFor, readsArea, responsibleOrganizationsWhere, type OrganizationFacts } from './party-access.js';
import { areaOfficeWhere } from './area-office-scope.js';

const ids = { district: 'd', street: 's', otherStreet: 's2', community: 'c', otherCommunity: 'c2', branch: 'b', otherBranch: 'b2', unit: 'u' };
const caller = (role: Role, extra: Partial<Caller> = {}): Caller => ({ subject: 'x', role, personId: null, organizationId: null, grant: EMPTY_GRANT, tokenId: null, ...extra });
const group: OrganizationFacts = {
  id: 'g', ancestorIds: ['swc', 'cc', ids.branch], districtId: ids.district, streetId: ids.street, communityId: ids.community, neighborhoodIds: ['n1'], hostOrganizationId: null,
};

describe('isResponsibleFor (own subtree)', () => {
  it('lets each area role act inside its own area only', () => {
    expect(isResponsibleFor(caller(Role.DISTRICT, { grant: { ...EMPTY_GRANT, districtIds: [ids.district] } }), group)).toBe(true);
    expect(isResponsibleFor(caller(Role.STREET, { grant: { ...EMPTY_GRANT, streetIds: [ids.street] } }), group)).toBe(true);
    expect(isResponsibleFor(caller(Role.STREET, { grant: { ...EMPTY_GRANT, streetIds: [ids.otherStreet] } }), group)).toBe(false);
    expect(isResponsibleFor(caller(Role.COMMUNITY, { grant: { ...EMPTY_GRANT, communityIds: [ids.community] } }), group)).toBe(true);
    expect(isResponsibleFor(caller(Role.COMMUNITY, { grant: { ...EMPTY_GRANT, communityIds: [ids.otherCommunity] } }), group)).toBe(false);
  });

  it('lets a branch act for itself and what is below it, by the stored tree and not by its grant', () => {
    const branch = caller(Role.PARTY_BRANCH, { organizationId: ids.branch, grant: { ...EMPTY_GRANT, neighborhoodIds: ['n1'] } });
    expect(isResponsibleFor(branch, group)).toBe(true);
    expect(isResponsibleFor(branch, { ...group, id: ids.branch, ancestorIds: ['swc', 'cc'] })).toBe(true);
    expect(isResponsibleFor(branch, { ...group, ancestorIds: ['swc', 'cc', ids.otherBranch] })).toBe(false);
    expect(isResponsibleFor(caller(Role.PARTY_BRANCH, { grant: { ...EMPTY_GRANT, neighborhoodIds: ['n1'] } }), group)).toBe(false);
  });

  it('lets a joint unit act for its own organisation only, and nobody else act at all', () => {
    expect(isResponsibleFor(caller(Role.JOINT_UNIT, { organizationId: ids.unit }), { ...group, hostOrganizationId: ids.unit })).toBe(true);
    expect(isResponsibleFor(caller(Role.JOINT_UNIT, { organizationId: ids.unit }), group)).toBe(false);
    const everything = { districtIds: [ids.district], streetIds: [ids.street], communityIds: [ids.community], neighborhoodIds: ['n1'] };
    for (const role of [Role.PROPERTY_COMPANY, Role.OWNERS_COMMITTEE, Role.RESIDENT]) {
      expect(isResponsibleFor(caller(role, { grant: everything, organizationId: ids.branch }), group)).toBe(false);
    }
  });
});

describe('isContractedCompanyOf', () => {
  it('is true only for a property company contracted to one of the covered neighborhoods', () => {
    expect(isContractedCompanyOf(caller(Role.PROPERTY_COMPANY, { grant: { ...EMPTY_GRANT, neighborhoodIds: ['n1'] } }), group)).toBe(true);
    expect(isContractedCompanyOf(caller(Role.PROPERTY_COMPANY, { grant: { ...EMPTY_GRANT, neighborhoodIds: ['n2'] } }), group)).toBe(false);
    expect(isContractedCompanyOf(caller(Role.OWNERS_COMMITTEE, { grant: { ...EMPTY_GRANT, neighborhoodIds: ['n1'] } }), group)).toBe(false);
  });
});

describe('readsArea', () => {
  const community = { level: 'community' as const, id: ids.community, districtId: ids.district, streetId: ids.street };
  const district = { level: 'district' as const, id: ids.district, districtId: ids.district, streetId: null };
  it('lets an area role read its own area and what is inside it', () => {
    expect(readsArea(caller(Role.STREET, { grant: { ...EMPTY_GRANT, streetIds: [ids.street] } }), community)).toBe(true);
    expect(readsArea(caller(Role.STREET, { grant: { ...EMPTY_GRANT, streetIds: [ids.street] } }), district)).toBe(false);
    expect(readsArea(caller(Role.COMMUNITY, { grant: { ...EMPTY_GRANT, communityIds: [ids.otherCommunity] } }), community)).toBe(false);
    expect(readsArea(caller(Role.PARTY_BRANCH, { grant: { ...EMPTY_GRANT, communityIds: [ids.community] } }), community)).toBe(false);
  });
});

describe('responsibleOrganizationsWhere', () => {
  it('selects an area office\'s organisations as every party list does (areaOfficeWhere)', () => {
    const district = caller(Role.DISTRICT, { grant: { ...EMPTY_GRANT, districtIds: [ids.district] } });
    expect(responsibleOrganizationsWhere(district)).toEqual({ $or: [{ districtId: { $in: [ids.district] } }] });
    const community = caller(Role.COMMUNITY, { grant: { ...EMPTY_GRANT, communityIds: [ids.community] } });
    expect(responsibleOrganizationsWhere(community)).toEqual(areaOfficeWhere(community));
  });

  it('selects a branch\'s subtree and a joint unit\'s own organisation; none without an org, none for other roles', () => {
    expect(responsibleOrganizationsWhere(caller(Role.PARTY_BRANCH, { organizationId: ids.branch }))).toEqual({ $or: [{ id: ids.branch }, { ancestorIds: { $contains: [ids.branch] } }] });
    expect(responsibleOrganizationsWhere(caller(Role.JOINT_UNIT, { organizationId: ids.unit }))).toEqual({ hostOrganizationId: ids.unit });
    expect(responsibleOrganizationsWhere(caller(Role.PARTY_BRANCH))).toBeNull();
    expect(responsibleOrganizationsWhere(caller(Role.PROPERTY_COMPANY, { organizationId: 'p', grant: { ...EMPTY_GRANT, neighborhoodIds: ['n1'] } }))).toBeNull();
  });
});
