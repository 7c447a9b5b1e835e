import type { Caller } from '../../../platform/access/caller.js';
import type { Role } from '../../../platform/access/role.js';

/**
 * Who a new subscription belongs to, as stored on it: the role, organisation and account that made it. Ownership
 * (`ownsSubscription`, `ownerWhere`) is read back from these.
 */
export function subscriptionOwnerOf(caller: Caller): { ownerRole: Role; ownerOrganizationId: string | null; ownerSubject: string } {
  return { ownerRole: caller.role, ownerOrganizationId: caller.organizationId, ownerSubject: caller.subject };
}
