import { issueMatterCertificate, readMatterCertificate, MatterStep, MATTER_CERTIFICATE_LIFETIME_MS } from './matter-certificate.js';
import { issuePlaceCertificate } from './place-certificate.js';
import { testStatementKeys } from '../../../test/harness/test-keys.js';

const matter = {
  matterId: '2f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42',
  step: MatterStep.SERVE,
  districtId: '3f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42',
  streetId: '4f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42',
  communityId: '5f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42',
  neighborhoodId: '6f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42',
  concernedCompanyId: null,
  attempt: 0,
};
const party = testStatementKeys('party');
const reader = testStatementKeys('owners');

describe('matter certificates', () => {
  it('give back the matter they were issued for, each with its own certificate id', () => {
    const first = readMatterCertificate(issueMatterCertificate(matter, party), MatterStep.SERVE, reader);
    const second = readMatterCertificate(issueMatterCertificate(matter, party), MatterStep.SERVE, reader);
    expect(first).toEqual({ ...matter, certificateId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(second.certificateId).not.toBe(first.certificateId);
  });

  it('refuse another step than the one the stage allows', () => {
    const certificate = issueMatterCertificate({ ...matter, step: MatterStep.RESOLVE }, party);
    expect(() => readMatterCertificate(certificate, MatterStep.SERVE, reader)).toThrow(/cannot be served before the assembly adopts it/);
  });

  it('refuse alterations, other keys, expired certificates and place certificates', () => {
    const certificate = issueMatterCertificate(matter, party, 1_000_000);
    const [header, payload, signature] = certificate.split('.');
    const altered = Buffer.from(Buffer.from(payload, 'base64url').toString().replace(matter.streetId, matter.communityId)).toString('base64url');
    expect(() => readMatterCertificate(`${header}.${altered}.${signature}`, MatterStep.SERVE, reader, 1_000_000)).toThrow(/not one the party subgraph issued/);
    const owners = testStatementKeys('owners');
    const byOwners = issueMatterCertificate(matter, { ...owners, signer: 'party', signingKey: { ...owners.signingKey, kid: party.signingKey.kid } }, 1_000_000);
    expect(() => readMatterCertificate(byOwners, MatterStep.SERVE, reader, 1_000_000)).toThrow(/not one the party subgraph issued/);
    expect(() => readMatterCertificate(certificate, MatterStep.SERVE, reader, 1_000_000 + MATTER_CERTIFICATE_LIFETIME_MS + 1)).toThrow(/older than an hour/);
    const place = issuePlaceCertificate({ districtId: matter.districtId, streetId: matter.streetId, communityId: matter.communityId, neighborhoodId: matter.neighborhoodId }, testStatementKeys('registry'));
    expect(() => readMatterCertificate(place, MatterStep.SERVE, reader)).toThrow(/not one the party subgraph issued/);
  });
});
