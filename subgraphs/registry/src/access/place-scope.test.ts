import { canSeePlace, isWithinScope, scopeWhere, type PlaceScope } from './place-scope.js';

const scope = (overrides: Partial<Record<keyof PlaceScope, string[]>>): PlaceScope => ({
  districtIds: new Set(overrides.districtIds ?? []),
  streetIds: new Set(overrides.streetIds ?? []),
  communityIds: new Set(overrides.communityIds ?? []),
  neighborhoodIds: new Set(overrides.neighborhoodIds ?? []),
  ancestorIds: new Set(overrides.ancestorIds ?? []),
});

const unitPath = { districtId: 'd1', streetId: 's1', communityId: 'c1', neighborhoodId: 'n1' };

describe('place scope', () => {
  it('contains everything under a granted place, at any level', () => {
    expect(isWithinScope(scope({ districtIds: ['d1'] }), unitPath)).toBe(true);
    expect(isWithinScope(scope({ streetIds: ['s1'] }), unitPath)).toBe(true);
    expect(isWithinScope(scope({ communityIds: ['c1'] }), unitPath)).toBe(true);
    expect(isWithinScope(scope({ neighborhoodIds: ['n1'] }), unitPath)).toBe(true);
    expect(isWithinScope(scope({ neighborhoodIds: ['n2'], communityIds: ['c2'] }), unitPath)).toBe(false);
  });

  it('shows ancestors of granted places as places, but not what else is under them', () => {
    const companyScope = scope({ neighborhoodIds: ['n1'], ancestorIds: ['c1', 's1', 'd1'] });
    const community = { id: 'c1', path: () => ({ districtId: 'd1', streetId: 's1', communityId: 'c1', neighborhoodId: null }) };
    const sibling = { id: 'n2', path: () => ({ ...unitPath, neighborhoodId: 'n2' }) };
    expect(canSeePlace(companyScope, community)).toBe(true);
    expect(canSeePlace(companyScope, sibling)).toBe(false);
  });

  it('builds a filter that matches nothing for an empty scope', () => {
    expect(scopeWhere(scope({}), { districtId: 'districtId' }, true)).toEqual({ id: { $in: [] } });
  });

  it('builds a filter over the table\'s own path columns', () => {
    expect(scopeWhere(scope({ streetIds: ['s1'], neighborhoodIds: ['n1'], ancestorIds: ['d1'] }), { districtId: 'districtId', streetId: 'id' }, true)).toEqual({
      $or: [{ id: { $in: ['s1'] } }, { id: { $in: ['d1'] } }],
    });
  });
});
