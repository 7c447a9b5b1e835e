import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { badUserInput, conflict, notFound } from '../../../platform/errors/error-codes.js';
import { recordEvent } from '../../../platform/events/record-event.js';
import type { OwnersContext } from '../owners.loaders.js';
import { requireOwnCommittee } from '../access/visible-record.js';
import { pathOf } from '../../../platform/access/place-path.js';
import { checkedKey, priorWrite } from '../idempotency/idempotent-write.js';
import { OwnersFundEntry } from './fund-entry.entity.js';
import { ReverseOwnersFundEntryInput } from './fund-reversal.input.js';

const ALREADY_REVERSED = 'This entry has already been reversed; record the right figure as a new entry.';

@Resolver(() => OwnersFundEntry)
export class OwnersFundReversalResolver {
  @Mutation(() => OwnersFundEntry, {
    description:
      'Reverses a wrongly recorded fund entry in full (红字冲销): a new entry of the same kind, amount and authority with the opposite effect, booked ' +
      'now, in the current period; a published fund-use notice listing the reversed entry then reads as superseded. Each entry once; a reversal ' +
      'is not itself reversed. Record the right figure, if any, as a new entry. The committee only, for its own neighborhood.',
  })
  async reverseOwnersFundEntry(
    @Arg('input', () => ReverseOwnersFundEntryInput, { description: 'The entry and the reason.' }) input: ReverseOwnersFundEntryInput,
    @Ctx() ctx: OwnersContext,
  ): Promise<OwnersFundEntry> {
    const committee = await requireOwnCommittee(ctx);
    const key = checkedKey(input.idempotencyKey);
    const entryId = input.entryId.toLowerCase();
    const retried = await priorWrite(ctx.em, OwnersFundEntry, ctx.caller.subject, key, (prior) => prior.reversesEntryId === entryId);
    if (retried) return retried;
    const original = await ctx.em.findOne(OwnersFundEntry, { id: entryId, neighborhoodId: committee.neighborhoodId });
    // Another neighborhood's entry is reported exactly like a missing one.
    if (!original) throw notFound('OwnersFundEntry', input.entryId);
    if (original.reversesEntryId) throw badUserInput('A reversal is not itself reversed; record the right figure as a new entry.', { field: 'entryId' });
    if (await ctx.em.findOne(OwnersFundEntry, { reversesEntryId: original.id })) throw conflict(ALREADY_REVERSED);
    const reversal = ctx.em.create(OwnersFundEntry, {
      ...pathOf(committee),
      recordedBy: ctx.caller.subject,
      recordedAt: ctx.clock.now(),
      kind: original.kind,
      amount: original.amount,
      purpose: original.purpose,
      resolutionId: original.resolutionId,
      emergencyReason: original.emergencyReason,
      reversesEntryId: original.id,
      correctionReason: input.reason.trim(),
      idempotencyKey: key,
    });
    recordEvent(ctx.em, { type: 'owners.fund_entry.recorded', place: reversal, recordType: 'OwnersFundEntry', recordId: reversal.id, detail: 'REVERSAL' });
    try {
      await ctx.em.flush();
    } catch (error) {
      if ((error as { code?: string }).code !== '23505') throw error;
      const first = await priorWrite(ctx.em.fork(), OwnersFundEntry, ctx.caller.subject, key, () => true);
      if (first) return first;
      throw conflict(ALREADY_REVERSED);
    }
    return reversal;
  }
}
