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
}

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

/** The place a certificate vouches for; BAD_USER_INPUT if it was altered, forged or has expired. */
export function readPlaceCertificate(certificate: string, keys: StatementKeys, now = Date.now()): CertifiedPlace {
  const place = readStatement(PLACE_CERTIFICATE, certificate, keys, now);
  if (!place) refused();
  const neighborhoodId = place.neighborhoodId ?? null;
  const ids = [place.districtId, place.streetId, place.communityId, ...(neighborhoodId === null ? [] : [neighborhoodId])];
  if (!ids.every((id) => typeof id === 'string' && isId(id))) refused();
  return { districtId: place.districtId as string, streetId: place.streetId as string, communityId: place.communityId as string, neighborhoodId: neighborhoodId as string | null };
}
