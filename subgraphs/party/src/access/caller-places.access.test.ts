import { Role } from '../../../platform/access/role.js';
import { callerAs as caller } from '../../../../test/harness/test-caller.js';
import { placesOfCaller } from './caller-places.access.js';

const everything = { districtIds: ['d'], streetIds: ['s'], communityIds: ['c'], neighborhoodIds: ['n'] };

describe('placesOfCaller', () => {
  it("takes only the grant levels the caller's role may use", () => {
    expect(placesOfCaller(caller(Role.DISTRICT, { grant: everything }))).toEqual({ districtIds: ['d'], placeIds: [] });
    expect(placesOfCaller(caller(Role.PARTY_BRANCH, { grant: everything }))).toEqual({ districtIds: [], placeIds: ['c', 'n'] });
    expect(placesOfCaller(caller(Role.PROPERTY_COMPANY, { grant: everything }))).toEqual({ districtIds: [], placeIds: ['n'] });
  });

  it("counts a resident's home neighborhoods", () => {
    expect(placesOfCaller(caller(Role.RESIDENT, { grant: everything }))).toEqual({ districtIds: [], placeIds: ['n'] });
  });
});
