import { Role } from '../../../platform/access/role.js';
import type { Caller } from '../../../platform/access/caller.js';
import { actingUnitId, assertManagesArea } from './area-management.js';
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
  // Which area role covers a place is the platform's rule, tested in platform/access/area-office.test.ts.
  it('refuses a caller who is not the office of the area, naming what it may not do', () => {
    expect(() => assertManagesArea(caller(Role.COMMUNITY, { communityIds: ['c1'] }), place, 'raise needs')).not.toThrow();
    expect(() => assertManagesArea(caller(Role.JOINT_UNIT, { communityIds: ['c1'] }), place, 'raise needs')).toThrow(
      'Your role (JOINT_UNIT) may not raise needs here: only the community, street or district office of this area may.',
    );
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
