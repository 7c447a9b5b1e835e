import type { Caller } from '../../../platform/access/caller.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import type { OrganizationFacts } from '../access/party-access.js';
import { assertActsForBranch } from './acts-for-branch.access.js';
import { governanceRecordsWhere } from './governance.access.js';

/**
 * The where-clause (MikroORM) for the matters the caller may list; refuses a role that reads none. `branchIds` are
 * the organisations the caller is responsible for.
 */
export function matterListWhere(caller: Caller, branchIds: ReadonlySet<string>): Record<string, unknown> {
  const scope = governanceRecordsWhere(caller, branchIds, 'proposedById', true);
  if (!scope) throw forbidden(`Your role (${caller.role}) does not read governance matters.`);
  return scope;
}

/** A neighborhood's branch, or the offices over it, propose its matters. */
export function assertMayProposeMatter(caller: Caller, branch: OrganizationFacts & { name: string }): void {
  assertActsForBranch(caller, branch, 'propose matters for this neighborhood');
}

/** The proposing branch, or the offices over it, withdraw a matter. */
export function assertMayWithdrawMatter(caller: Caller, branch: OrganizationFacts & { name: string }): void {
  assertActsForBranch(caller, branch, 'withdraw this matter');
}
