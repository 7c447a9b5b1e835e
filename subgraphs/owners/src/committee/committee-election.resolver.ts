import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';
import type { OwnersContext } from '../owners.loaders.js';
import { loadVisibleRecord } from '../access/visible-record.js';
import { OwnersCommittee } from './owners-committee.entity.js';
import { NegativeListEntry } from './negative-list.entity.js';
import { assertMayKeepNegativeList, assertMayRecordFiling } from './committee-election.access.js';
import { AddNegativeListEntryInput } from './committee-election.input.js';

@Resolver()
export class CommitteeElectionResolver {
  @Mutation(() => NegativeListEntry, { description: "Adds a person to the street's negative list for committee candidates (负面清单). STREET of that street." })
  async addNegativeListEntry(
    @Arg('input', () => AddNegativeListEntryInput, { description: 'Who and why.' }) input: AddNegativeListEntryInput,
    @Ctx() ctx: OwnersContext,
  ): Promise<NegativeListEntry> {
    const streetId = input.streetId.toLowerCase();
    assertMayKeepNegativeList(ctx.caller, streetId);
    const entry = ctx.em.create(NegativeListEntry, { streetId, personId: input.personId.toLowerCase(), reason: input.reason.trim(), recordedBy: ctx.caller.subject });
    try {
      await ctx.em.flush();
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw conflict('This person is already on the negative list of this street.');
      throw error;
    }
    return entry;
  }

  @Mutation(() => OwnersCommittee, { description: 'Records that a committee filed (备案) with the street. STREET of its street.' })
  async recordOwnersCommitteeFiling(
    @Arg('committeeId', () => ID, { description: 'The committee.' }) committeeId: string,
    @Arg('filedOn', () => Date, { description: 'Day it was filed.' }) filedOn: Date,
    @Ctx() ctx: OwnersContext,
  ): Promise<OwnersCommittee> {
    const committee = await loadVisibleRecord(ctx, ctx.loaders.committee, 'OwnersCommittee', committeeId, { publicRecord: true });
    assertMayRecordFiling(ctx.caller, committee);
    if (committee.filedOn) throw conflict('This committee has already filed.');
    if (filedOn < committee.electedOn) throw badUserInput('A committee files after its election.', { field: 'filedOn' });
    if (filedOn > ctx.clock.now()) throw badUserInput('A filing is recorded once it has happened; filedOn is in the future.', { field: 'filedOn' });
    committee.filedOn = filedOn;
    await ctx.em.flush();
    return committee;
  }
}
