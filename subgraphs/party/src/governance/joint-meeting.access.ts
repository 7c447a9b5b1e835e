import type { Caller } from '../../../platform/access/caller.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import type { OrganizationFacts } from '../access/party-access.js';
import { assertActsForBranch } from './acts-for-branch.access.js';
import { governanceRecordsWhere } from './governance.access.js';

/**
 * The where-clause (MikroORM) for the joint meetings the caller may list; refuses a role that reads none.
 * `branchIds` are the organisations the caller is responsible for.
 */
export function meetingListWhere(caller: Caller, branchIds: ReadonlySet<string>): Record<string, unknown> {
  const scope = governanceRecordsWhere(caller, branchIds, 'convenedById', false);
  if (!scope) throw forbidden(`Your role (${caller.role}) does not read joint meetings.`);
  return scope;
}

/** A neighborhood's branch, or the offices over it, convene its joint meetings. */
export function assertMayConveneMeeting(caller: Caller, branch: OrganizationFacts & { name: string }): void {
  assertActsForBranch(caller, branch, 'convene joint meetings for this neighborhood');
}

/** The convening branch, or the offices over it, record what the meeting decided. */
export function assertMayRecordDeliberation(caller: Caller, branch: OrganizationFacts & { name: string }): void {
  assertActsForBranch(caller, branch, 'record deliberations of this meeting');
}

/** The convening branch, or the offices over it, reschedule the meeting. */
export function assertMayRescheduleMeeting(caller: Caller, branch: OrganizationFacts & { name: string }): void {
  assertActsForBranch(caller, branch, 'reschedule this meeting');
}
