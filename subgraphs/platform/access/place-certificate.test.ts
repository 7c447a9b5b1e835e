import { issuePlaceCertificate, readPlaceCertificate, PLACE_CERTIFICATE_LIFETIME_MS } from './place-certificate.js';

const place = {
  districtId: '3f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42',
  streetId: '4f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42',
  communityId: '5f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42',
  neighborhoodId: '6f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42',
};
const secret = 's'.repeat(32);

describe('place certificates', () => {
  it('give back the place they were issued for', () => {
    expect(readPlaceCertificate(issuePlaceCertificate(place, secret), secret)).toEqual(place);
  });

  it('refuse an altered place, another secret, and an expired certificate', () => {
    const certificate = issuePlaceCertificate(place, secret, 1_000_000);
    const [payload, mac] = certificate.split('.');
    const altered = Buffer.from(Buffer.from(payload, 'base64url').toString().replace(place.streetId, place.communityId)).toString('base64url');
    expect(() => readPlaceCertificate(`${altered}.${mac}`, secret, 1_000_000)).toThrow(/not one the registry issued/);
    expect(() => readPlaceCertificate(certificate, 't'.repeat(32), 1_000_000)).toThrow(/not one the registry issued/);
    expect(() => readPlaceCertificate(certificate, secret, 1_000_000 + PLACE_CERTIFICATE_LIFETIME_MS + 1)).toThrow(/older than a day/);
    expect(() => readPlaceCertificate('garbage', secret)).toThrow(/not one the registry issued/);
  });
});
