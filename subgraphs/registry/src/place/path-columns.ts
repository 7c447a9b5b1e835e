import type { PathColumns } from '../access/place-scope.js';

/** Which property of each registry table holds each level of its place path. */
export const PATH_COLUMNS = {
  district: { districtId: 'id' },
  street: { districtId: 'districtId', streetId: 'id' },
  community: { districtId: 'districtId', streetId: 'streetId', communityId: 'id' },
  neighborhood: { districtId: 'districtId', streetId: 'streetId', communityId: 'communityId', neighborhoodId: 'id' },
  building: { districtId: 'districtId', streetId: 'streetId', communityId: 'communityId', neighborhoodId: 'neighborhoodId' },
  unit: { districtId: 'districtId', streetId: 'streetId', communityId: 'communityId', neighborhoodId: 'neighborhoodId' },
  person: { districtId: 'districtId', streetId: 'streetId', communityId: 'communityId', neighborhoodId: 'residenceNeighborhoodId' },
} as const satisfies Record<string, PathColumns>;
