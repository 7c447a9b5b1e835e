import { CobuildingCategory as C } from './cobuilding-category.js';
import { categoryFit, rankResources } from './matching.js';

const resource = (id: string, unitId: string, category: C, title = id) => ({ id, unitId, category, title });

describe('matching resources to a need', () => {
  it('scores the same subject above a related one and leaves unrelated ones out', () => {
    expect(categoryFit(C.ELDERLY_CARE, C.ELDERLY_CARE)).toBe(2);
    expect(categoryFit(C.ELDERLY_CARE, C.HEALTH)).toBe(1);
    expect(categoryFit(C.ELDERLY_CARE, C.LEGAL_AID)).toBe(0);
  });

  it('ranks by fit first, then by whether the unit is paired with the community', () => {
    const ranked = rankResources(
      C.ELDERLY_CARE,
      [
        resource('related-paired', 'u1', C.HEALTH),
        resource('exact-unpaired', 'u2', C.ELDERLY_CARE),
        resource('exact-paired', 'u1', C.ELDERLY_CARE),
        resource('unrelated-paired', 'u1', C.LEGAL_AID),
        resource('related-unpaired', 'u2', C.CULTURE),
      ],
      new Set(['u1']),
    );
    expect(ranked.map((candidate) => [candidate.resource.id, candidate.score])).toEqual([
      ['exact-paired', 5],
      ['exact-unpaired', 4],
      ['related-paired', 3],
      ['related-unpaired', 2],
    ]);
  });

  it('breaks ties by title, then id', () => {
    const ranked = rankResources(C.HEALTH, [resource('b', 'u', C.HEALTH, '义诊'), resource('a', 'u', C.HEALTH, '义诊'), resource('c', 'u', C.HEALTH, '体检')], new Set());
    expect(ranked.map((candidate) => candidate.resource.id)).toEqual(['a', 'b', 'c']);
  });
});
