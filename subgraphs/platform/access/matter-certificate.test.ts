import { issueMatterCertificate, readMatterCertificate, MatterStep, MATTER_CERTIFICATE_LIFETIME_MS } from './matter-certificate.js';
import { issuePlaceCertificate } from './place-certificate.js';

const matter = {
  matterId: '2f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42',
  step: MatterStep.SERVE,
  districtId: '3f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42',
  streetId: '4f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42',
  communityId: '5f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42',
  neighborhoodId: '6f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42',
  concernedCompanyId: null,
};
const secret = 's'.repeat(32);

describe('matter certificates', () => {
  it('give back the matter they were issued for', () => {
    expect(readMatterCertificate(issueMatterCertificate(matter, secret), MatterStep.SERVE, secret)).toEqual(matter);
  });

  it('refuse another step than the one the stage allows', () => {
    const certificate = issueMatterCertificate({ ...matter, step: MatterStep.RESOLVE }, secret);
    expect(() => readMatterCertificate(certificate, MatterStep.SERVE, secret)).toThrow(/cannot be served before the assembly adopts it/);
  });

  it('refuse alterations, other secrets, expired certificates and place certificates', () => {
    const certificate = issueMatterCertificate(matter, secret, 1_000_000);
    const [payload, mac] = certificate.split('.');
    const altered = Buffer.from(Buffer.from(payload, 'base64url').toString().replace(matter.streetId, matter.communityId)).toString('base64url');
    expect(() => readMatterCertificate(`${altered}.${mac}`, MatterStep.SERVE, secret, 1_000_000)).toThrow(/not one the party subgraph issued/);
    expect(() => readMatterCertificate(certificate, MatterStep.SERVE, 't'.repeat(32), 1_000_000)).toThrow(/not one the party subgraph issued/);
    expect(() => readMatterCertificate(certificate, MatterStep.SERVE, secret, 1_000_000 + MATTER_CERTIFICATE_LIFETIME_MS + 1)).toThrow(/older than an hour/);
    const place = issuePlaceCertificate({ districtId: matter.districtId, streetId: matter.streetId, communityId: matter.communityId, neighborhoodId: matter.neighborhoodId }, secret);
    expect(() => readMatterCertificate(place, MatterStep.SERVE, secret)).toThrow(/not one the party subgraph issued/);
  });
});
