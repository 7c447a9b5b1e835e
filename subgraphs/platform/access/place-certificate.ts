import { createHmac, timingSafeEqual } from 'node:crypto';
import { badUserInput } from '../errors/error-codes.js';
import { isId } from '../ids/id.js';

/**
 * A place path the registry vouches for (所在位置证明). Subgraphs other than the registry store places by id and
 * cannot look up which community or street a neighborhood belongs to; a client that registers something for a
 * place first reads the place's `placeCertificate` from the registry (through the gateway, scope-checked) and passes
 * it on. The certificate is HMAC-signed with a key derived from the secret every subgraph already shares, so no
 * client can forge or alter a path, and no subgraph has to call another.
 */
export interface CertifiedPlace {
  districtId: string;
  streetId: string;
  communityId: string;
  neighborhoodId: string | null;
}

const PURPOSE = 'place-certificate/v1';
/** Long enough to fill in a form, short enough that a moved place is soon noticed. */
export const PLACE_CERTIFICATE_LIFETIME_MS = 24 * 3600 * 1000;

function signature(payload: string, secret: string): Buffer {
  return createHmac('sha256', `${PURPOSE}:${secret}`).update(payload).digest();
}

export function issuePlaceCertificate(place: CertifiedPlace, secret: string, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ ...place, issuedAt: now })).toString('base64url');
  return `${payload}.${signature(payload, secret).toString('base64url')}`;
}

function refused(): never {
  throw badUserInput(
    'placeCertificate is not one the registry issued, or it is older than a day: read it again from the place (e.g. neighborhood { placeCertificate }).',
    { field: 'placeCertificate' },
  );
}

/** The place a certificate vouches for; BAD_USER_INPUT if it was altered, forged or has expired. */
export function readPlaceCertificate(certificate: string, secret: string, now = Date.now()): CertifiedPlace {
  const [payload, mac, extra] = certificate.split('.');
  if (!payload || !mac || extra !== undefined || certificate.length > 1000) refused();
  const expected = signature(payload, secret);
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) refused();
  const place = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as CertifiedPlace & { issuedAt: number };
  if (typeof place.issuedAt !== 'number' || now - place.issuedAt > PLACE_CERTIFICATE_LIFETIME_MS || place.issuedAt - now > 60_000) refused();
  const ids = [place.districtId, place.streetId, place.communityId, ...(place.neighborhoodId ? [place.neighborhoodId] : [])];
  if (!ids.every((id) => typeof id === 'string' && isId(id))) refused();
  return { districtId: place.districtId, streetId: place.streetId, communityId: place.communityId, neighborhoodId: place.neighborhoodId ?? null };
}
