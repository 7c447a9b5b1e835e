import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';
import type { OwnersContext } from '../owners.loaders.js';
import type { PlacePath } from '../../../platform/access/place-path.js';
import type { ElectorateSnapshot } from '../electorate/electorate-snapshot.entity.js';
import { electorateInForceLoader } from '../electorate/electorate.loader.js';
import { committeeInOffice } from '../committee/committee-convening.js';
import { committeeSizeProblem } from '../committee/committee.rules.js';

/** The place a neighborhood's certificate proves, which must be that neighborhood's. */
export function certifiedNeighborhood(ctx: OwnersContext, certificate: string, neighborhoodId?: string): PlacePath<'neighborhood'> {
  const place = ctx.readPlaceCertificate(certificate);
  if (!place.neighborhoodId || (neighborhoodId !== undefined && place.neighborhoodId !== neighborhoodId)) {
    throw badUserInput("placeCertificate must be this neighborhood's own (neighborhood { placeCertificate }).", { field: 'placeCertificate' });
  }
  return { neighborhoodId: place.neighborhoodId, communityId: place.communityId, streetId: place.streetId, districtId: place.districtId };
}

/** Preparatory work is for a neighborhood without a committee that can act: none in office, or one below 5 members or even. */
export async function requireNoActingCommittee(ctx: OwnersContext, neighborhoodId: string): Promise<void> {
  const sitting = await committeeInOffice(ctx.em, neighborhoodId);
  if (sitting && committeeSizeProblem(sitting.members.length) === null) {
    throw conflict("This neighborhood's committee is in office and constituted; it records its electorate and convenes its own assemblies.");
  }
}

/**
 * The electorate in force for a neighborhood: the snapshot `recordOwnersElectorate` recorded last (by the street
 * office where no committee sits, or by the committee), or null.
 */
export function latestElectorate(ctx: OwnersContext, neighborhoodId: string): Promise<ElectorateSnapshot | null> {
  return electorateInForceLoader(ctx.em).load(neighborhoodId);
}
