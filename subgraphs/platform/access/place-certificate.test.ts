import { createHmac } from 'node:crypto';
import { issuePlaceCertificate, readPlaceCertificate, readPlaceCertificateInDetail, PLACE_CERTIFICATE_LIFETIME_MS } from './place-certificate.js';
import { testGatewaySecret, testStatementKeys } from '../../../test/harness/test-keys.js';

const place = {
  districtId: '3f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42',
  streetId: '4f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42',
  communityId: '5f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42',
  neighborhoodId: '6f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42',
};
const registry = testStatementKeys('registry');
const reader = testStatementKeys('property');

describe('place certificates', () => {
  it('give back the place they were issued for', () => {
    expect(readPlaceCertificate(issuePlaceCertificate(place, registry), reader)).toEqual(place);
  });

  it('are issued only by the registry', () => {
    expect(() => issuePlaceCertificate(place, testStatementKeys('party'))).toThrow('The party subgraph does not issue place-certificate/v2.');
  });

  it('refuse an altered place, another key, an HMAC under a gateway secret, and an expired certificate', () => {
    const certificate = issuePlaceCertificate(place, registry, 1_000_000);
    const [header, payload, signature] = certificate.split('.');
    const altered = Buffer.from(Buffer.from(payload, 'base64url').toString().replace(place.streetId, place.communityId)).toString('base64url');
    expect(() => readPlaceCertificate(`${header}.${altered}.${signature}`, reader, 1_000_000)).toThrow(/not one the registry issued/);
    // Signed by another subgraph's key under the registry's key id: the registry's public key does not verify it.
    const party = testStatementKeys('party');
    const byParty = issuePlaceCertificate(place, { ...party, signer: 'registry', signingKey: { ...party.signingKey, kid: registry.signingKey.kid } }, 1_000_000);
    expect(() => readPlaceCertificate(byParty, reader, 1_000_000)).toThrow(/not one the registry issued/);
    // The v1 format: an HMAC keyed by a gateway secret.
    const hmacBody = Buffer.from(JSON.stringify({ ...place, issuedAt: 1_000_000 })).toString('base64url');
    const hmac = createHmac('sha256', `place-certificate/v1:${testGatewaySecret('property')}`).update(hmacBody).digest('base64url');
    expect(() => readPlaceCertificate(`${hmacBody}.${hmac}`, reader, 1_000_000)).toThrow(/not one the registry issued/);
    expect(() => readPlaceCertificate(certificate, reader, 1_000_000 + PLACE_CERTIFICATE_LIFETIME_MS + 1)).toThrow(/older than a day/);
    expect(() => readPlaceCertificate('garbage', reader)).toThrow(/not one the registry issued/);
  });

  it("carry a building's and a unit's ids below the neighborhood, which only the detailed reading gives", () => {
    const unit = { ...place, buildingId: '7f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42', unitId: '8f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42' };
    const certificate = issuePlaceCertificate(unit, registry);
    expect(readPlaceCertificateInDetail(certificate, reader)).toEqual(unit);
    // As a neighborhood's certificate it vouches for the same path, and nothing below.
    expect(readPlaceCertificate(certificate, reader)).toEqual(place);
    expect(readPlaceCertificateInDetail(issuePlaceCertificate(place, registry), reader)).toEqual({ ...place, buildingId: null, unitId: null });
    // A unit without its building, or a building without its neighborhood, is no place.
    expect(() => readPlaceCertificateInDetail(issuePlaceCertificate({ ...place, unitId: unit.unitId }, registry), reader)).toThrow(/not one the registry issued/);
    expect(() => readPlaceCertificateInDetail(issuePlaceCertificate({ ...place, neighborhoodId: null, buildingId: unit.buildingId }, registry), reader)).toThrow(/not one the registry issued/);
  });
});
