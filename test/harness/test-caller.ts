import { EMPTY_GRANT, type Caller } from '../../subgraphs/platform/access/caller.js';
import type { Role } from '../../subgraphs/platform/access/role.js';

/** A verified caller for unit tests of access rules: no person, organisation or places unless given. */
export function callerAs(role: Role, extra: Partial<Caller> = {}): Caller {
  return { subject: 'x', role, personId: null, organizationId: null, grant: EMPTY_GRANT, tokenId: null, ...extra };
}
