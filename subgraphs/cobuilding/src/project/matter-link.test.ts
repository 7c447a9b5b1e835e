import { MatterStep, type CertifiedMatter } from '../../../platform/access/matter-certificate.js';
import { placeForMatter } from './matter-link.js';

const matter: CertifiedMatter = {
  matterId: 'm1',
  step: MatterStep.SERVE,
  districtId: 'd1',
  streetId: 's1',
  communityId: 'c1',
  neighborhoodId: 'n1',
  concernedCompanyId: null,
  certificateId: 'k1',
  attempt: 0,
};
const place = { districtId: 'd1', streetId: 's1', communityId: 'c1' };

describe('placing a project that serves a matter', () => {
  it("keeps a need of the matter's neighborhood where it is", () => {
    expect(placeForMatter({ ...place, neighborhoodId: 'n1' }, matter)).toEqual({ ...place, neighborhoodId: 'n1' });
  });

  it("places a community-level need's project in the matter's neighborhood", () => {
    expect(placeForMatter({ ...place, neighborhoodId: null }, matter)).toEqual({ ...place, neighborhoodId: 'n1' });
  });

  it('refuses another neighborhood or another community', () => {
    expect(() => placeForMatter({ ...place, neighborhoodId: 'n2' }, matter)).toThrow('This matter is about another neighborhood than the need');
    expect(() => placeForMatter({ ...place, communityId: 'c2', neighborhoodId: null }, matter)).toThrow('This matter is in another community than the need');
    expect(() => placeForMatter({ ...place, streetId: 's2', neighborhoodId: 'n1' }, matter)).toThrow('This matter is in another community than the need');
  });
});
