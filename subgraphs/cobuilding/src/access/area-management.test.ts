import { Role } from '../../../platform/access/role.js';
import type { Caller } from '../../../platform/access/caller.js';
import { actingUnitId, managesArea } from './area-management.js';
import { isInScope, scopeClauses, scopeFilter, TABLES } from './cobuilding-scope.js';

const caller = (role: Role, grant: Partial<Caller['grant']> = {}, extra: Partial<Caller> = {}): Caller => ({
  subject: 's',
  role,
  personId: null,
  organizationId: null,
  tokenId: null,
  grant: { districtIds: [], streetIds: [], communityIds: [], neighborhoodIds: [], ...grant },
  ...extra,
});
const place = { districtId: 'd1', streetId: 's1', communityId: 'c1', neighborhoodId: 'n1' };

describe('area management', () => {
  it('lets an area role manage places at its own level only', () => {
    expect(managesArea(caller(Role.DISTRICT, { districtIds: ['d1'] }), place)).toBe(true);
    expect(managesArea(caller(Role.STREET, { streetIds: ['s1'] }), place)).toBe(true);
    expect(managesArea(caller(Role.COMMUNITY, { communityIds: ['c1'] }), place)).toBe(true);
    expect(managesArea(caller(Role.COMMUNITY, { communityIds: ['c2'] }), place)).toBe(false);
    // A street grant on a community token is ignored: the role uses community ids only.
    expect(managesArea(caller(Role.COMMUNITY, { streetIds: ['s1'] }), place)).toBe(false);
    expect(managesArea(caller(Role.JOINT_UNIT, { communityIds: ['c1'] }), place)).toBe(false);
  });

  it('names the unit only for joint-unit callers', () => {
    expect(actingUnitId(caller(Role.JOINT_UNIT, {}, { organizationId: 'u1' }), 'x')).toBe('u1');
    expect(() => actingUnitId(caller(Role.COMMUNITY, {}, { organizationId: 'u1' }), 'offer resources')).toThrow(
      'Only a joint-building unit (JOINT_UNIT) may offer resources.',
    );
  });
});

describe('read scope', () => {
  it('gives a unit its paired places and its own rows', () => {
    const unit = caller(Role.JOINT_UNIT, { communityIds: ['c1'] }, { organizationId: 'u1' });
    expect(scopeClauses(unit, TABLES.project)).toEqual([
      { column: 'communityId', ids: ['c1'] },
      { column: 'unitId', ids: ['u1'] },
    ]);
    expect(isInScope(scopeClauses(unit, TABLES.project), { communityId: 'c9', unitId: 'u1' })).toBe(true);
    expect(isInScope(scopeClauses(unit, TABLES.project), { communityId: 'c9', unitId: 'u2' })).toBe(false);
  });

  it('gives a resident only their own wishes and claims', () => {
    const resident = caller(Role.RESIDENT, { communityIds: ['c1'] }, { personId: 'p1' });
    expect(scopeClauses(resident, TABLES.wish)).toEqual([
      { column: 'residentId', ids: ['p1'] },
      { column: 'claimantPersonId', ids: ['p1'] },
    ]);
    expect(scopeClauses(resident, TABLES.project)).toEqual([]);
  });

  it('matches nothing without clauses', () => {
    expect(scopeFilter([])).toEqual({ id: { $in: [] } });
  });
});
