import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';
import type { OwnersContext } from '../owners.loaders.js';
import { loadVisibleRecord } from '../access/visible-record.js';
import { CommitteeRole, CommitteeStatus } from './committee-kinds.js';
import { CommitteeMember } from './committee-member.entity.js';
import { OwnersCommittee } from './owners-committee.entity.js';
import { RecordOwnersCommitteeMemberLeavingInput } from './committee-member-leaving.input.js';
import { requireMembershipKeeper } from './committee.access.js';
import { committeeSizeProblem } from './committee.rules.js';

const inOffice = (members: CommitteeMember[]) => members.filter((member) => member.leftOn === null && member.role !== CommitteeRole.EXECUTIVE_SECRETARY);

@Resolver(() => OwnersCommittee)
export class CommitteeOfficeResolver {
  @FieldResolver(() => Int, { description: 'Voting members in office now (在任委员数): not executive secretaries, not left office.' })
  async membersInOffice(@Root() committee: OwnersCommittee, @Ctx() ctx: OwnersContext): Promise<number> {
    return inOffice(await ctx.loaders.membersOfCommittee.load(committee.id)).length;
  }

  @FieldResolver(() => Boolean, { description: 'Whether it may convene an assembly (可召集业主大会): in office with 5 to 11 members in office, an odd number.' })
  async canConvene(@Root() committee: OwnersCommittee, @Ctx() ctx: OwnersContext): Promise<boolean> {
    return committee.status === CommitteeStatus.ACTIVE && committeeSizeProblem(inOffice(await ctx.loaders.membersOfCommittee.load(committee.id)).length) === null;
  }

  @Mutation(() => CommitteeMember, {
    description:
      'Records that a member left office (委员离任: resigned or removed) with the reason and the day; the post stays in the record. A committee ' +
      'left with fewer than 5 or an even number of members cannot convene until a by-election (补选). The committee itself or STREET of its street.',
  })
  async recordOwnersCommitteeMemberLeaving(
    @Arg('input', () => RecordOwnersCommitteeMemberLeavingInput, { description: 'Who, how, why and when.' }) input: RecordOwnersCommitteeMemberLeavingInput,
    @Ctx() ctx: OwnersContext,
  ): Promise<CommitteeMember> {
    const committee = await loadVisibleRecord(ctx, ctx.loaders.committee, 'OwnersCommittee', input.committeeId, { publicRecord: true });
    await requireMembershipKeeper(ctx, committee);
    if (committee.status !== CommitteeStatus.ACTIVE) throw conflict("This committee's term has ended.");
    const member = await ctx.em.findOne(CommitteeMember, { committeeId: committee.id, personId: input.personId.toLowerCase() });
    if (!member) throw badUserInput('This person holds no post on this committee.', { field: 'personId' });
    if (member.leftOn) throw conflict('This member has already left office.');
    if (input.leftOn < committee.electedOn) throw badUserInput('A member leaves office after the election.', { field: 'leftOn' });
    if (input.leftOn > ctx.clock.now()) throw badUserInput('A leaving is recorded once it has happened; leftOn is in the future.', { field: 'leftOn' });
    const left = await ctx.em.execute<{ id: string }[]>(
      'update owners.committee_member set left_on = ?, leaving_kind = ?, leaving_reason = ?, leaving_recorded_by = ?, leaving_recorded_at = ? where id = ? and left_on is null returning id',
      [input.leftOn, input.kind, input.reason.trim(), ctx.caller.subject, ctx.clock.now(), member.id],
    );
    if (left.length === 0) throw conflict('This member has already left office.');
    return ctx.em.fork().findOneOrFail(CommitteeMember, { id: member.id });
  }
}
