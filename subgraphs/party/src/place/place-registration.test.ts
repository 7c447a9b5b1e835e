import { RegisteredPlaceLevel } from './place-register.entity.js';
import { placesToRegister } from './place-registration.js';

const path = { districtId: 'd', streetId: 's', communityId: 'c' };
const unit = (neighborhoodId: string, buildingId: string, unitId: string) => ({ ...path, neighborhoodId, buildingId, unitId });

describe('what the party register gains from certified places', () => {
  it('adds a unit with the building and neighborhood above it, once each, top down', () => {
    expect(placesToRegister([unit('n', 'b', 'u1'), unit('n', 'b', 'u2'), { ...path, neighborhoodId: 'n', buildingId: 'b', unitId: null }], new Set())).toEqual([
      { id: 'n', level: RegisteredPlaceLevel.NEIGHBORHOOD, ...path, neighborhoodId: 'n', buildingId: null },
      { id: 'b', level: RegisteredPlaceLevel.BUILDING, ...path, neighborhoodId: 'n', buildingId: 'b' },
      { id: 'u1', level: RegisteredPlaceLevel.UNIT, ...path, neighborhoodId: 'n', buildingId: 'b' },
      { id: 'u2', level: RegisteredPlaceLevel.UNIT, ...path, neighborhoodId: 'n', buildingId: 'b' },
    ]);
  });

  it('adds nothing the register holds, and nothing for a community', () => {
    expect(placesToRegister([unit('n', 'b', 'u1')], new Set(['n', 'b']))).toEqual([{ id: 'u1', level: RegisteredPlaceLevel.UNIT, ...path, neighborhoodId: 'n', buildingId: 'b' }]);
    expect(placesToRegister([unit('n', 'b', 'u1')], new Set(['n', 'b', 'u1']))).toEqual([]);
    expect(placesToRegister([{ ...path, neighborhoodId: null, buildingId: null, unitId: null }], new Set())).toEqual([]);
  });
});
