import { RegisteredPlaceLevel } from './place-register.entity.js';
import { placesToRegister } from './place-registration.js';

const path = { districtId: 'd', streetId: 's', communityId: 'c' };
const unit = (neighborhoodId: string, buildingId: string, unitId: string) => ({ ...path, neighborhoodId, buildingId, unitId });
const street = { id: 's', level: RegisteredPlaceLevel.STREET, districtId: 'd', streetId: 's', communityId: null, neighborhoodId: null, buildingId: null };
const community = { id: 'c', level: RegisteredPlaceLevel.COMMUNITY, ...path, neighborhoodId: null, buildingId: null };

describe('what the party register gains from certified places', () => {
  it('adds a unit with every place above it that the register lacks, once each, top down', () => {
    expect(placesToRegister([unit('n', 'b', 'u1'), unit('n', 'b', 'u2'), { ...path, neighborhoodId: 'n', buildingId: 'b', unitId: null }], new Set(['s']))).toEqual([
      community,
      { id: 'n', level: RegisteredPlaceLevel.NEIGHBORHOOD, ...path, neighborhoodId: 'n', buildingId: null },
      { id: 'b', level: RegisteredPlaceLevel.BUILDING, ...path, neighborhoodId: 'n', buildingId: 'b' },
      { id: 'u1', level: RegisteredPlaceLevel.UNIT, ...path, neighborhoodId: 'n', buildingId: 'b' },
      { id: 'u2', level: RegisteredPlaceLevel.UNIT, ...path, neighborhoodId: 'n', buildingId: 'b' },
    ]);
  });

  it('adds a new community with its street, and nothing the register holds', () => {
    expect(placesToRegister([{ ...path, neighborhoodId: null, buildingId: null, unitId: null }], new Set())).toEqual([street, community]);
    expect(placesToRegister([unit('n', 'b', 'u1')], new Set(['s', 'c', 'n', 'b']))).toEqual([{ id: 'u1', level: RegisteredPlaceLevel.UNIT, ...path, neighborhoodId: 'n', buildingId: 'b' }]);
    expect(placesToRegister([unit('n', 'b', 'u1')], new Set(['s', 'c', 'n', 'b', 'u1']))).toEqual([]);
  });
});
