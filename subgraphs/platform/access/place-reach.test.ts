import { NO_REACH, reachClauses, reachCovers, reachOf } from './place-reach.js';

const path = { districtId: 'd1', streetId: 's1', communityId: 'c1', neighborhoodId: 'n1' };

describe('place reach', () => {
  it('covers a path through any of its levels', () => {
    expect(reachCovers(reachOf({ districtIds: ['d1'] }), path)).toBe(true);
    expect(reachCovers(reachOf({ streetIds: ['s1'] }), path)).toBe(true);
    expect(reachCovers(reachOf({ communityIds: ['c1'] }), path)).toBe(true);
    expect(reachCovers(reachOf({ neighborhoodIds: ['n1'] }), path)).toBe(true);
    expect(reachCovers(reachOf({ districtIds: ['d2'], neighborhoodIds: ['n2'] }), path)).toBe(false);
    expect(reachCovers(NO_REACH, path)).toBe(false);
  });

  it('covers nothing through a level the path does not name', () => {
    expect(reachCovers(reachOf({ streetIds: ['s1'] }), { districtId: 'd1', streetId: null, communityId: null, neighborhoodId: null })).toBe(false);
    expect(reachCovers(reachOf({ neighborhoodIds: ['n1'] }), { districtId: 'd1', streetId: 's1', communityId: 'c1' })).toBe(false);
  });

  it('gives one clause per level with ids, in path order, over the columns named', () => {
    const reach = reachOf({ neighborhoodIds: ['n1', 'n2'], districtIds: ['d1'] });
    expect(reachClauses(reach)).toEqual([
      { column: 'districtId', ids: ['d1'] },
      { column: 'neighborhoodId', ids: ['n1', 'n2'] },
    ]);
    expect(reachClauses(reach, { districtId: 'districtId', neighborhoodId: 'id' })).toEqual([
      { column: 'districtId', ids: ['d1'] },
      { column: 'id', ids: ['n1', 'n2'] },
    ]);
    // A table without a neighborhood column is not tested on neighborhoods.
    expect(reachClauses(reach, { districtId: 'districtId', streetId: 'streetId' })).toEqual([{ column: 'districtId', ids: ['d1'] }]);
    expect(reachClauses(NO_REACH)).toEqual([]);
  });
});
