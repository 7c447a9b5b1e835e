import { anyOfSql, anyOfWhere, columnOf, passesAnyOf } from './any-of-clause.js';

const clauses = [
  { column: 'communityId', ids: ['c1'] },
  { column: 'claimantUnitId', ids: ['u1', 'u2'] },
];

describe('any-of clauses', () => {
  it('write a MikroORM where-clause, one matching nothing when empty', () => {
    expect(anyOfWhere(clauses)).toEqual({ $or: [{ communityId: { $in: ['c1'] } }, { claimantUnitId: { $in: ['u1', 'u2'] } }] });
    expect(anyOfWhere([])).toEqual({ id: { $in: [] } });
  });

  it('write SQL over an alias with one placeholder per id, false when empty', () => {
    expect(anyOfSql(clauses, 't')).toEqual({ sql: '(t.community_id in (?) or t.claimant_unit_id in (?, ?))', params: ['c1', 'u1', 'u2'] });
    expect(anyOfSql([], 't')).toEqual({ sql: 'false', params: [] });
  });

  it('test a loaded row the same way', () => {
    expect(passesAnyOf(clauses, { communityId: 'c9', claimantUnitId: 'u2' })).toBe(true);
    expect(passesAnyOf(clauses, { communityId: 'c9', claimantUnitId: null })).toBe(false);
    expect(passesAnyOf([], { communityId: 'c1' })).toBe(false);
  });

  it('name columns as MikroORM does', () => {
    expect(columnOf('neighborhoodId')).toBe('neighborhood_id');
    expect(columnOf('id')).toBe('id');
  });
});
