import { checkHeadPlace, isInForce } from './neighborhood-head.rules.js';
import { NeighborhoodHeadKind } from './neighborhood-head-kinds.js';

const BUILDING = '00000000-0000-4000-8000-000000000001';
const NEIGHBORHOOD = '00000000-0000-4000-8000-000000000002';

describe('checkHeadPlace', () => {
  it('accepts exactly the place each kind needs', () => {
    expect(() => checkHeadPlace({ kind: NeighborhoodHeadKind.BUILDING_HEAD, buildingId: BUILDING })).not.toThrow();
    expect(() => checkHeadPlace({ kind: NeighborhoodHeadKind.ENTRANCE_HEAD, buildingId: BUILDING, entranceNumber: 2 })).not.toThrow();
    expect(() => checkHeadPlace({ kind: NeighborhoodHeadKind.GRID_HEAD, neighborhoodId: NEIGHBORHOOD, gridName: '第一网格' })).not.toThrow();
  });

  it('names the field that is missing or out of place', () => {
    const field = (input: Parameters<typeof checkHeadPlace>[0]) => {
      try {
        checkHeadPlace(input);
        return null;
      } catch (error) {
        return [(error as Error).message, (error as { extensions: { field: string } }).extensions.field];
      }
    };
    expect(field({ kind: NeighborhoodHeadKind.BUILDING_HEAD })).toEqual(['A BUILDING_HEAD needs buildingId.', 'buildingId']);
    expect(field({ kind: NeighborhoodHeadKind.ENTRANCE_HEAD, buildingId: BUILDING })).toEqual(['An ENTRANCE_HEAD needs entranceNumber.', 'entranceNumber']);
    expect(field({ kind: NeighborhoodHeadKind.BUILDING_HEAD, buildingId: BUILDING, neighborhoodId: NEIGHBORHOOD })).toEqual(['neighborhoodId comes from the building: leave it out.', 'neighborhoodId']);
    expect(field({ kind: NeighborhoodHeadKind.GRID_HEAD, neighborhoodId: NEIGHBORHOOD, gridName: '  ' })).toEqual(['A GRID_HEAD needs gridName.', 'gridName']);
    expect(field({ kind: NeighborhoodHeadKind.GRID_HEAD, buildingId: BUILDING })).toEqual(['A GRID_HEAD has no buildingId: give neighborhoodId and gridName.', 'buildingId']);
  });
});

describe('isInForce', () => {
  const head = { termStart: '2025-01-01', termEnd: '2027-12-31', endedOn: null };
  it('holds inside the term and stops on the day it was ended', () => {
    expect(isInForce(head, '2024-12-31')).toBe(false);
    expect(isInForce(head, '2025-01-01')).toBe(true);
    expect(isInForce(head, '2027-12-31')).toBe(true);
    expect(isInForce({ ...head, endedOn: '2026-03-01' }, '2026-02-28')).toBe(true);
    expect(isInForce({ ...head, endedOn: '2026-03-01' }, '2026-03-01')).toBe(false);
  });
});
