import { testCaller } from '../../../platform/access/caller.fixture.js';
import { Role } from '../../../platform/access/role.js';
import { isInScope, propertyScope, scopeCompanyId, scopeSql, scopeWhere } from './property-scope.js';

const path = { districtId: 'd1', streetId: 's1', communityId: 'c1', neighborhoodId: 'n1' };

describe('property scope', () => {
  it('builds a property company scope from its own contracts only', () => {
    const company = testCaller(Role.PROPERTY_COMPANY, { neighborhoodIds: ['n1', 'n2'] }, { organizationId: 'co1' });
    expect(scopeCompanyId(company)).toBe('co1');
    expect(scopeCompanyId(testCaller(Role.PROPERTY_COMPANY))).toBeNull();
    expect(scopeCompanyId(testCaller(Role.DISTRICT, {}, { organizationId: 'x' }))).toBeNull();
    const scope = propertyScope(company, ['n1']);
    expect(isInScope(scope, path, 'co1')).toBe(true);
    expect(isInScope(scope, path, 'co2')).toBe(false);
    expect(scopeWhere(scope)).toEqual({ $and: [{ $or: [{ neighborhoodId: { $in: ['n1'] } }] }, { companyId: 'co1' }] });
    expect(scopeWhere(scope, { hasCompany: false })).toEqual({ id: { $in: [] } });
    expect(scopeSql(scope, 'r')).toEqual({ sql: '((r.neighborhood_id in (?)) and r.company_id = ?)', params: ['n1', 'co1'] });
  });

  it('gives an area its grant and a resident no places', () => {
    const street = propertyScope(testCaller(Role.STREET, { streetIds: ['s1'], districtIds: ['d9'] }), []);
    expect(scopeWhere(street)).toEqual({ $or: [{ streetId: { $in: ['s1'] } }] });
    expect(scopeSql(street, 'c')).toEqual({ sql: '(c.street_id in (?))', params: ['s1'] });
    const resident = propertyScope(testCaller(Role.RESIDENT, {}, { personId: 'p1' }), []);
    expect(resident.ownPersonId).toBe('p1');
    expect(scopeSql(resident, 'r')).toEqual({ sql: 'false', params: [] });
  });
});
