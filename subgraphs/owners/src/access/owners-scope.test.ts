import { Role } from '../../../platform/access/role.js';
import type { Caller } from '../../../platform/access/caller.js';
import { inScope, ownersScope } from './owners-scope.js';

const grant = { districtIds: ['d'], streetIds: ['s'], communityIds: ['c'], neighborhoodIds: ['n', 'm'] };
const caller = (role: Role): Caller => ({ subject: 'x', role, personId: 'p', organizationId: 'o', grant, tokenId: null });
const path = (neighborhoodId: string) => ({ neighborhoodId, communityId: 'c2', streetId: 's2', districtId: 'd2' });

describe('owners read scope', () => {
  it('lets a committee read only its own neighborhood, whatever its grant says', () => {
    const scope = ownersScope(caller(Role.OWNERS_COMMITTEE), 'n', []);
    expect(inScope(scope, path('n'))).toBe(true);
    expect(inScope(scope, path('m'))).toBe(false);
    expect(scope.publishedOnly).toBe(false);
    expect(inScope(ownersScope(caller(Role.OWNERS_COMMITTEE), null, []), path('n'))).toBe(false);
  });

  it('gives a property company its neighborhoods, published resolutions only', () => {
    const scope = ownersScope(caller(Role.PROPERTY_COMPANY), null, []);
    expect(inScope(scope, path('m'))).toBe(true);
    expect(scope.publishedOnly).toBe(true);
    expect(inScope(scope, { ...path('z'), districtId: 'd' })).toBe(false);
  });

  it('gives area roles their own level only', () => {
    expect(inScope(ownersScope(caller(Role.STREET), null, []), { ...path('z'), streetId: 's' })).toBe(true);
    expect(inScope(ownersScope(caller(Role.STREET), null, []), { ...path('z'), districtId: 'd' })).toBe(false);
    expect(inScope(ownersScope(caller(Role.DISTRICT), null, []), { ...path('z'), districtId: 'd' })).toBe(true);
  });

  it('gives a resident the neighborhoods where they own, published only', () => {
    const scope = ownersScope(caller(Role.RESIDENT), null, ['r']);
    expect(inScope(scope, path('r'))).toBe(true);
    expect(inScope(scope, path('n'))).toBe(false);
    expect(scope.publishedOnly).toBe(true);
  });

  it('gives a joint unit nothing', () => {
    expect(inScope(ownersScope(caller(Role.JOINT_UNIT), null, []), { neighborhoodId: 'n', communityId: 'c', streetId: 's', districtId: 'd' })).toBe(false);
  });
});
