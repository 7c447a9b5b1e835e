import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { badUserInput } from '../../../platform/errors/error-codes.js';
import type { OwnersContext } from '../owners.loaders.js';
import { requireOwnCommittee } from '../access/visible-record.js';
import { pathOf } from '../../../platform/access/place-path.js';
import { CommitteeRole } from '../committee/committee-kinds.js';
import { committeeDecisionCarried, committeeMeetingQuorum } from '../committee/committee.rules.js';
import { CommitteeDecision, CommitteeMeeting } from './committee-meeting.entity.js';
import { RecordCommitteeMeetingInput } from './committee-meeting.input.js';

@Resolver(() => CommitteeMeeting)
export class CommitteeMeetingResolver {
  @FieldResolver(() => [CommitteeDecision], { description: 'Decisions taken (决定).' })
  decisions(@Root() meeting: CommitteeMeeting & { decisionRows?: CommitteeDecision[] }, @Ctx() ctx: OwnersContext): Promise<CommitteeDecision[]> | CommitteeDecision[] {
    return meeting.decisionRows ?? ctx.em.find(CommitteeDecision, { meetingId: meeting.id }, { orderBy: { recordedAt: 'asc' } });
  }

  @Mutation(() => CommitteeMeeting, {
    description:
      'Records a committee meeting: refused unless more than half of the voting members were present; each decision is carried only with ' +
      'more than half of all voting members in favour. The committee itself only.',
  })
  async recordCommitteeMeeting(
    @Arg('input', () => RecordCommitteeMeetingInput, { description: 'The minutes.' }) input: RecordCommitteeMeetingInput,
    @Ctx() ctx: OwnersContext,
  ): Promise<CommitteeMeeting> {
    const committee = await requireOwnCommittee(ctx);
    const voting = new Set(
      (await ctx.loaders.membersOfCommittee.load(committee.id)).filter((member) => member.role !== CommitteeRole.EXECUTIVE_SECRETARY).map((member) => member.personId),
    );
    const present = [...new Set(input.presentPersonIds.map((id) => id.toLowerCase()))];
    if (present.some((id) => !voting.has(id))) throw badUserInput('Everyone listed present must be a voting member of this committee.', { field: 'presentPersonIds' });
    if (!committeeMeetingQuorum(present.length, voting.size)) {
      throw badUserInput(`The meeting was not quorate: ${present.length} of ${voting.size} members present; more than half must attend.`, { field: 'presentPersonIds' });
    }
    const recorded = { ...pathOf(committee), recordedBy: ctx.caller.subject };
    const meeting = ctx.em.create(CommitteeMeeting, { ...recorded, committeeId: committee.id, heldAt: input.heldAt, subject: input.subject.trim(), presentPersonIds: present, memberCount: voting.size });
    const decisionRows = input.decisions.map((decision) => {
      const inFavour = [...new Set(decision.inFavourPersonIds.map((id) => id.toLowerCase()))];
      if (inFavour.some((id) => !present.includes(id))) throw badUserInput('Only members present vote on a decision.', { field: 'decisions' });
      return ctx.em.create(CommitteeDecision, {
        ...recorded,
        meetingId: meeting.id,
        title: decision.title.trim(),
        inFavour: inFavour.length,
        carried: committeeDecisionCarried(inFavour.length, voting.size),
      });
    });
    await ctx.em.flush();
    return Object.assign(meeting, { decisionRows });
  }
}
