import { recordEvent } from '../../../platform/events/record-event.js';
import { conflict } from '../../../platform/errors/error-codes.js';
import { assertAtVersion } from '../../../platform/orm/expected-version.js';
import type { PartyContext } from '../party.loaders.js';
import { DeliberationOutcome } from './governance-kinds.js';
import type { GovernanceMatter } from './governance-matter.entity.js';
import type { WithdrawGovernanceMatterInput } from './governance-matter.input.js';
import { assertMayWithdrawMatter } from './governance-matter.access.js';
import { loadBranch, loadVisibleMatter } from './governance-lookup.js';

/**
 * Withdraws a matter (撤回). The rule: only while it is PROPOSED — no joint meeting has AGREED or REJECTED it. Once
 * agreed, the owners' committee and the property company may already act on it, so it runs its course (a REJECTED is
 * already final); a DEFERRED one may still be withdrawn. Only the branch (or the offices over it) that may propose
 * it. The row stays, with who withdrew it, when (the server's day) and why.
 */
export async function withdrawGovernanceMatter(ctx: PartyContext, input: WithdrawGovernanceMatterInput): Promise<GovernanceMatter> {
  const matter = await loadVisibleMatter(ctx, input.matterId, 'matterId');
  const branch = await loadBranch(ctx, matter.proposedById);
  assertMayWithdrawMatter(ctx.caller, branch);
  assertAtVersion(matter, input.expectedVersion, { noun: 'matter', versionExtension: false });
  if (matter.withdrawnOn !== null) throw conflict(`This matter was already withdrawn on ${matter.withdrawnOn}.`);
  const outcomes = (await ctx.loaders.deliberationsOfMatter.load(matter.id)).map((deliberation) => deliberation.outcome);
  if (outcomes.includes(DeliberationOutcome.AGREED) || outcomes.includes(DeliberationOutcome.REJECTED)) {
    throw conflict('A joint meeting has already agreed or rejected this matter: it can no longer be withdrawn (only a PROPOSED matter can).');
  }
  matter.withdrawnOn = ctx.clock.now().toISOString().slice(0, 10);
  matter.withdrawnBy = ctx.caller.subject;
  matter.withdrawalReason = input.reason.trim();
  recordEvent(ctx.em, { type: 'governance.matter.withdrawn', place: matter, recordType: 'GovernanceMatter', recordId: matter.id, matterId: matter.id });
  await ctx.em.flush();
  return matter;
}
