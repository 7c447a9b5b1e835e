import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { badUserInput, forbidden } from '../../../platform/errors/error-codes.js';
import type { OwnersContext } from '../owners.loaders.js';
import { requireOwnCommittee } from '../access/visible-record.js';
import { pathOf } from '../../../platform/access/place-path.js';
import { FUND_AUTHORITY } from './fund-authority.js';
import { ResolutionOutcome } from '../resolution/resolution-outcome.js';
import { loadVisibleResolution } from '../resolution/resolution.access.js';
import { OwnersFundEntry } from './fund-entry.entity.js';
import { checkedKey, priorWrite } from '../idempotency/idempotent-write.js';
import { centsOf, formatCents } from './fund-ledger.js';
import { recordEvent } from '../../../platform/events/record-event.js';
import { RecordOwnersFundEntryInput } from './fund.input.js';

@Resolver(() => OwnersFundEntry)
export class OwnersFundEntryResolver {
  @Mutation(() => OwnersFundEntry, {
    description:
      'Records a maintenance-fund application or public-revenue ledger entry. It must reference a PASSED resolution of its own neighborhood ' +
      'in a category that authorises it, or (where allowed) a documented emergency; otherwise it is refused. The committee only.',
  })
  async recordOwnersFundEntry(
    @Arg('input', () => RecordOwnersFundEntryInput, { description: 'The entry.' }) input: RecordOwnersFundEntryInput,
    @Ctx() ctx: OwnersContext,
  ): Promise<OwnersFundEntry> {
    const committee = await requireOwnCommittee(ctx);
    const key = checkedKey(input.idempotencyKey);
    const retried = await priorWrite(ctx.em, OwnersFundEntry, ctx.caller.subject, key, (prior) => prior.kind === input.kind && prior.amount === formatCents(centsOf(input.amount)));
    if (retried) return retried;
    const authority = FUND_AUTHORITY[input.kind];
    if (Boolean(input.resolutionId) === Boolean(input.emergencyReason)) {
      throw badUserInput('Give either resolutionId (a passed resolution) or emergencyReason, not both and not neither.', { field: 'resolutionId' });
    }
    if (input.emergencyReason && !authority.emergencyAllowed) {
      throw badUserInput(`A ${input.kind} entry needs a passed resolution; an emergency does not stand in for one.`, { field: 'emergencyReason' });
    }
    if (input.resolutionId) {
      const resolution = await loadVisibleResolution(ctx, input.resolutionId);
      if (resolution.neighborhoodId !== committee.neighborhoodId) throw forbidden("An owners' committee records only for its own neighborhood.");
      const latest = (await ctx.loaders.resolutionsOfMotion.load(resolution.motionId)).at(-1)!;
      if (latest.id !== resolution.id) throw badUserInput('This resolution has been corrected; reference the correction.', { field: 'resolutionId' });
      if (resolution.outcome !== ResolutionOutcome.PASSED) throw badUserInput(`The resolution did not pass (${resolution.outcome}).`, { field: 'resolutionId' });
      if (!authority.categories.includes(resolution.category)) {
        throw badUserInput(`A ${input.kind} entry needs a resolution on ${authority.categories.join(' or ')}; this one is on ${resolution.category}.`, {
          field: 'resolutionId',
        });
      }
    }
    const entry = ctx.em.create(OwnersFundEntry, {
      ...pathOf(committee),
      recordedBy: ctx.caller.subject,
      kind: input.kind,
      amount: formatCents(centsOf(input.amount)),
      purpose: input.purpose.trim(),
      resolutionId: input.resolutionId?.toLowerCase() ?? null,
      emergencyReason: input.emergencyReason?.trim() ?? null,
      recordedAt: ctx.clock.now(),
      idempotencyKey: key,
    });
    recordEvent(ctx.em, { type: 'owners.fund_entry.recorded', place: entry, recordType: 'OwnersFundEntry', recordId: entry.id, detail: input.kind });
    try {
      await ctx.em.flush();
    } catch (error) {
      const first = (error as { code?: string }).code === '23505' ? await priorWrite(ctx.em.fork(), OwnersFundEntry, ctx.caller.subject, key, () => true) : null;
      if (first) return first;
      throw error;
    }
    return entry;
  }
}
