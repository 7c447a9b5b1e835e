import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput } from '../../../platform/errors/error-codes.js';
import type { PlacePath } from '../../../platform/access/place-path.js';

/**
 * Checks a place path a caller supplied against the paths this subgraph already holds (the registry owns the map and
 * is never asked): the community's street and district must be those of its earlier rows, and the neighborhood must
 * not have been recorded under another community. A grant check covers only the caller's own level; this keeps the
 * levels above and below it consistent. With `requireKnown`, a community no row mentions yet is refused (for callers
 * whose grant says nothing about places, i.e. residents).
 */
export async function assertKnownPath(em: EntityManager, place: PlacePath<'community'>, requireKnown: boolean): Promise<void> {
  const rows = await em.getConnection().execute<{ kind: string; district_id: string; street_id: string; community_id: string }[]>(
    `(select 'community' as kind, district_id, street_id, community_id from cobuilding.pairing where community_id = ? limit 1)
     union all
     (select 'neighborhood' as kind, district_id, street_id, community_id from cobuilding.pairing where neighborhood_id = ? limit 1)
     union all
     (select 'neighborhood' as kind, district_id, street_id, community_id from cobuilding.need where neighborhood_id = ? limit 1)
     union all
     (select 'neighborhood' as kind, district_id, street_id, community_id from cobuilding.micro_wish where neighborhood_id = ? limit 1)`,
    [place.communityId, place.neighborhoodId, place.neighborhoodId, place.neighborhoodId],
  );
  const community = rows.find((row) => row.kind === 'community');
  if (!community && requireKnown) {
    throw badUserInput('No joint-building unit is paired with this community yet: ask your community office to post it for you.', { field: 'place.communityId' });
  }
  for (const row of rows) {
    if (row.community_id !== place.communityId && row.kind === 'neighborhood') {
      throw badUserInput('place.neighborhoodId is not in place.communityId: give the neighborhood’s own community.', { field: 'place.neighborhoodId' });
    }
    if (row.street_id !== place.streetId || row.district_id !== place.districtId) {
      throw badUserInput('place.streetId or place.districtId is not the street or district of place.communityId.', { field: 'place' });
    }
  }
}
