import type { Caller } from '../../../platform/access/caller.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import type { OrganizationFacts } from '../access/party-access.js';
import { actsForBranch } from './governance.access.js';

/** Refuses `action` unless the caller speaks for the branch (`actsForBranch`), naming the branch in the refusal. */
export function assertActsForBranch(caller: Caller, branch: OrganizationFacts & { name: string }, action: string): void {
  if (!actsForBranch(caller, branch)) {
    throw forbidden(`Your role (${caller.role}) may not ${action}: its branch (${branch.name}) or the offices over it may.`, { organizationId: branch.id });
  }
}
