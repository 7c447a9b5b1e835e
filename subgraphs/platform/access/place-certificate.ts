import { badUserInput } from '../errors/error-codes.js';
import { isId } from '../ids/id.js';
import { issueStatement, readStatement, type StatementKeys, type StatementKind } from './signed-statement.js';

/**
 * A place path the registry vouches for (所在位置证明). Subgraphs other than the registry store places by id and
 * cannot look up which community or street a neighborhood belongs to; a client that registers something for a
 * place first reads the place's `placeCertificate` from the registry (through the gateway, scope-checked) and passes
 * it on. The certificate is a statement signed with the registry's own key (signed-statement.ts), so no client and no
 * other subgraph can forge or alter a path, and no subgraph has to call another.
 */
export interface CertifiedPlace {
  districtId: string;
  streetId: string;
  communityId: string;
  neighborhoodId: string | null;
  /** Set on a building's or a unit's certificate (its neighborhood's path above it). */
  buildingId?: string | null;
  /** Set on a unit's certificate. */
  unitId?: string | null;
}

/** A place down to the building and unit level, as registerPartyPlaces reads it; null levels are above the place. */
export type CertifiedPlaceInDetail = Required<CertifiedPlace>;

/** Long enough to fill in a form, short enough that a moved place is soon noticed. */
export const PLACE_CERTIFICATE_LIFETIME_MS = 24 * 3600 * 1000;
const PLACE_CERTIFICATE: StatementKind = { purpose: 'place-certificate/v2', issuer: 'registry', lifetimeMs: PLACE_CERTIFICATE_LIFETIME_MS };

export function issuePlaceCertificate(place: CertifiedPlace, keys: StatementKeys, now = Date.now()): string {
  return issueStatement(PLACE_CERTIFICATE, place, keys, now);
}

function refused(): never {
  throw badUserInput(
    'placeCertificate is not one the registry issued, or it is older than a day: read it again from the place (e.g. neighborhood { placeCertificate }).',
    { field: 'placeCertificate' },
  );
}

/**
 * The place a certificate vouches for, down to the neighborhood (a building's or unit's certificate vouches for its
 * neighborhood too); BAD_USER_INPUT if it was altered, forged or has expired.
 */
export function readPlaceCertificate(certificate: string, keys: StatementKeys, now = Date.now()): CertifiedPlace {
  const { districtId, streetId, communityId, neighborhoodId } = readPlaceCertificateInDetail(certificate, keys, now);
  return { districtId, streetId, communityId, neighborhoodId };
}

/** The place a certificate vouches for, with the building and unit when it is one's; BAD_USER_INPUT as above. */
export function readPlaceCertificateInDetail(certificate: string, keys: StatementKeys, now = Date.now()): CertifiedPlaceInDetail {
  const place = readStatement(PLACE_CERTIFICATE, certificate, keys, now);
  if (!place) refused();
  const neighborhoodId = place.neighborhoodId ?? null;
  const buildingId = place.buildingId ?? null;
  const unitId = place.unitId ?? null;
  // Each level needs the one above it: no unit without a building, no building without a neighborhood.
  if ((buildingId !== null && neighborhoodId === null) || (unitId !== null && buildingId === null)) refused();
  const ids = [place.districtId, place.streetId, place.communityId, ...[neighborhoodId, buildingId, unitId].filter((id) => id !== null)];
  if (!ids.every((id) => typeof id === 'string' && isId(id))) refused();
  return {
    districtId: place.districtId as string,
    streetId: place.streetId as string,
    communityId: place.communityId as string,
    neighborhoodId: neighborhoodId as string | null,
    buildingId: buildingId as string | null,
    unitId: unitId as string | null,
  };
}
