import { badUserInput } from '../../../platform/errors/error-codes.js';
import type { CertifiedMatter } from '../../../platform/access/matter-certificate.js';
import type { PlacePath } from '../../../platform/access/place-path.js';

/**
 * Where a project serving a governance matter (议事事项) stands on the map, from its need's place and the matter the
 * certificate vouches for. A matter is about one neighborhood:
 * - a need of that neighborhood: the project stays there;
 * - a community-level need (no neighborhood) of the matter's own community: the project serves the matter's
 *   neighborhood, so it is placed there (the neighborhood's branch, company and committee then see it);
 * - anything else (another neighborhood, another community): BAD_USER_INPUT.
 */
export function placeForMatter(need: PlacePath<'community'>, certified: CertifiedMatter): PlacePath<'community'> {
  const matter = {
    districtId: certified.districtId.toLowerCase(),
    streetId: certified.streetId.toLowerCase(),
    communityId: certified.communityId.toLowerCase(),
    neighborhoodId: certified.neighborhoodId.toLowerCase(),
  };
  const sameCommunity = need.communityId === matter.communityId && need.streetId === matter.streetId && need.districtId === matter.districtId;
  if (!sameCommunity) {
    throw badUserInput(
      "This matter is in another community than the need: a project serves a matter of its need's own community. Choose a need of the matter's neighborhood.",
      { field: 'matterCertificate' },
    );
  }
  if (need.neighborhoodId !== null && need.neighborhoodId !== matter.neighborhoodId) {
    throw badUserInput(
      "This matter is about another neighborhood than the need: choose a need of the matter's neighborhood, or one raised for the whole community.",
      { field: 'matterCertificate' },
    );
  }
  return { districtId: need.districtId, streetId: need.streetId, communityId: need.communityId, neighborhoodId: matter.neighborhoodId };
}
