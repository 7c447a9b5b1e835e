import { pathOf, type PlacePath } from './place-path.js';

describe('place path', () => {
  it('copies the four path columns out of a record and nothing else', () => {
    const record = { id: 'r1', name: 'x', districtId: 'd1', streetId: 's1', communityId: 'c1', neighborhoodId: 'n1' };
    expect(pathOf(record)).toEqual({ districtId: 'd1', streetId: 's1', communityId: 'c1', neighborhoodId: 'n1' });
  });

  it('types the levels a record always names as set and those below as nullable', () => {
    const street: PlacePath = { districtId: 'd1', streetId: 's1', communityId: null, neighborhoodId: null };
    const party: PlacePath<'district', 'community'> = { districtId: 'd1', streetId: null, communityId: null };
    const owners: PlacePath<'neighborhood'> = { districtId: 'd1', streetId: 's1', communityId: 'c1', neighborhoodId: 'n1' };
    // A deeper-known path is usable wherever a shallower one is asked for.
    const asParty: PlacePath<'district', 'community'> = owners;
    expect([street.streetId, party.communityId, asParty.communityId]).toEqual(['s1', null, 'c1']);
  });
});
