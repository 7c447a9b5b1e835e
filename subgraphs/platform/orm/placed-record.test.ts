import { PlacedRecord } from './placed-record.js';

class PlacedThing extends PlacedRecord {}

describe('PlacedRecord', () => {
  it('gives its place columns as its path, and only those', () => {
    const thing = Object.assign(new PlacedThing(), { districtId: 'd', streetId: 's', communityId: 'c', neighborhoodId: 'n' });
    expect(thing.path()).toEqual({ districtId: 'd', streetId: 's', communityId: 'c', neighborhoodId: 'n' });
  });

  it('reads the columns when asked, so a changed record gives its new path', () => {
    const thing = Object.assign(new PlacedThing(), { districtId: 'd', streetId: 's', communityId: 'c', neighborhoodId: 'n' });
    thing.neighborhoodId = 'm';
    expect(thing.path().neighborhoodId).toBe('m');
  });
});
