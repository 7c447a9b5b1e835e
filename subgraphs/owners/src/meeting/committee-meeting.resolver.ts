import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsUUID, Length, ValidateNested } from 'class-validator';
import { badUserInput } from '../../../platform/errors/error-codes.js';
import type { OwnersContext } from '../owners.loaders.js';
import { requireOwnCommittee } from '../access/visible-record.js';
import { pathOf } from '../../../platform/access/place-path.js';
import { CommitteeRole } from '../committee/committee-kinds.js';
import { committeeDecisionCarried, committeeMeetingQuorum } from '../committee/committee-rules.js';
import { CommitteeDecision, CommitteeMeeting } from './committee-meeting.entity.js';

@InputType({ description: 'A decision put to the meeting, with the members in favour.' })
class CommitteeDecisionInput {
  @Field(() => String, { description: 'What was put.' })
  @Length(1, 200, { message: 'title must be 1 to 200 characters long' })
  title!: string;

  @Field(() => [ID], { description: 'Members present who voted in favour (person ids).' })
  @IsUUID('all', { each: true, message: 'inFavourPersonIds must be ids' })
  @ArrayMaxSize(12, { message: 'inFavourPersonIds lists at most 12 people' })
  inFavourPersonIds!: string[];
}

@InputType({ description: 'The minutes of a committee meeting.' })
class RecordCommitteeMeetingInput {
  @Field(() => Date, { description: 'When it was held.' })
  @IsDate({ message: 'heldAt must be a date' })
  heldAt!: Date;

  @Field(() => String, { description: 'Subject.' })
  @Length(1, 200, { message: 'subject must be 1 to 200 characters long' })
  subject!: string;

  @Field(() => [ID], { description: 'Voting members present (person ids).' })
  @IsUUID('all', { each: true, message: 'presentPersonIds must be ids' })
  @ArrayMaxSize(12, { message: 'presentPersonIds lists at most 12 people' })
  presentPersonIds!: string[];

  @Field(() => [CommitteeDecisionInput], { description: 'Decisions put, 1 to 20.' })
  @ArrayMinSize(1, { message: 'a meeting records at least one decision' })
  @ArrayMaxSize(20, { message: 'a meeting records at most 20 decisions' })
  @ValidateNested({ each: true })
  decisions!: CommitteeDecisionInput[];
}

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
