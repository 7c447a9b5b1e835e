import { EMPTY_GRANT } from '../access/caller.js';
import { Role } from '../access/role.js';
import { mayReceive, typesFor } from './event-audience.js';

const place = { districtId: 'd1', streetId: 's1', communityId: 'c1', neighborhoodId: 'n1' };
const matterProposed = { type: 'governance.matter.proposed', place, organizationId: null };
const requestStep = { type: 'property.service_request.step', place, organizationId: 'company-a' };

describe('mayReceive', () => {
  it('lets an area role see every type inside its area and nothing outside', () => {
    expect(mayReceive({ role: Role.STREET, organizationId: null, grant: { ...EMPTY_GRANT, streetIds: ['s1'] } }, requestStep)).toBe(true);
    expect(mayReceive({ role: Role.STREET, organizationId: null, grant: { ...EMPTY_GRANT, streetIds: ['s2'] } }, requestStep)).toBe(false);
  });

  it("lets an organisation see only its audience's types, in its places, addressed to it", () => {
    const company = (id: string, neighborhoodIds: string[]) => ({ role: Role.PROPERTY_COMPANY, organizationId: id, grant: { ...EMPTY_GRANT, neighborhoodIds } });
    expect(mayReceive(company('company-a', ['n1']), matterProposed)).toBe(true);
    expect(mayReceive(company('company-a', ['n1']), requestStep)).toBe(true);
    expect(mayReceive(company('company-b', ['n1']), requestStep)).toBe(false);
    expect(mayReceive(company('company-a', ['n2']), matterProposed)).toBe(false);
    expect(mayReceive(company('company-a', ['n1']), { type: 'owners.resolution.recorded', place, organizationId: null })).toBe(false);
  });

  it('gives residents nothing and ignores unknown types', () => {
    expect(mayReceive({ role: Role.RESIDENT, organizationId: null, grant: { ...EMPTY_GRANT, neighborhoodIds: ['n1'] } }, matterProposed)).toBe(false);
    expect(mayReceive({ role: Role.DISTRICT, organizationId: null, grant: { ...EMPTY_GRANT, districtIds: ['d1'] } }, { ...matterProposed, type: 'x.y' })).toBe(false);
    expect(typesFor(Role.RESIDENT)).toEqual([]);
    expect(typesFor(Role.OWNERS_COMMITTEE)).toContain('owners.resolution.recorded');
    expect(typesFor(Role.PROPERTY_COMPANY)).not.toContain('owners.resolution.recorded');
  });
});
