import { testCaller } from '../../../platform/access/caller.fixture.js';
import { Role } from '../../../platform/access/role.js';
import { propertyScope } from '../access/property-scope.js';
import { mayResolveNeighborhood } from './place.access.js';

describe('neighborhood reference access', () => {
  it('lets a property company resolve only neighborhoods of its active contracts', async () => {
    const company = testCaller(Role.PROPERTY_COMPANY, { neighborhoodIds: ['n1', 'n2'] }, { organizationId: 'co1' });
    const scope = async () => propertyScope(company, ['n1']);
    expect(await mayResolveNeighborhood(company, scope, 'n1')).toBe(true);
    // The token's grant names n2, but no active contract does.
    expect(await mayResolveNeighborhood(company, scope, 'n2')).toBe(false);
  });

  it('lets anyone else resolve any id without reading the scope', async () => {
    const scope = () => Promise.reject(new Error('not read'));
    expect(await mayResolveNeighborhood(testCaller(Role.RESIDENT), scope, 'n9')).toBe(true);
    expect(await mayResolveNeighborhood(testCaller(Role.DISTRICT), scope, 'n9')).toBe(true);
  });
});
