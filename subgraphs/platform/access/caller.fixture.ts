import type { Caller, PlaceGrant } from './caller.js';
import type { Role } from './role.js';

/** A caller for unit tests of access rules: the role, the grant's lists given, and any other fields. */
export function testCaller(role: Role, grant: Partial<PlaceGrant> = {}, extra: Partial<Omit<Caller, 'role' | 'grant'>> = {}): Caller {
  return {
    subject: 's',
    role,
    personId: null,
    organizationId: null,
    tokenId: null,
    grant: { districtIds: [], streetIds: [], communityIds: [], neighborhoodIds: [], ...grant },
    ...extra,
  };
}
