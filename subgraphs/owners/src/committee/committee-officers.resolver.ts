import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';
import type { OwnersContext } from '../owners.loaders.js';
import { requireOwnCommittee } from '../access/visible-record.js';
import { pathOf } from '../../../platform/access/place-path.js';
import { CommitteeRole } from './committee-kinds.js';
import { PersonStub } from '../stubs/registry.stub.js';
import { CommitteeDecision, CommitteeMeeting } from '../meeting/committee-meeting.entity.js';
import { CommitteeMember } from './committee-member.entity.js';
import { CommitteeOfficerChoice } from './committee-officers.entity.js';
import { ChooseOwnersCommitteeOfficersInput } from './committee-officers.input.js';
import { officerChoiceProblem } from './committee-officers.rules.js';

@Resolver(() => CommitteeOfficerChoice)
export class CommitteeOfficersResolver {
  @Mutation(() => CommitteeOfficerChoice, {
    description:
      'Records the committee\'s choice of its director and deputy directors (推选主任、副主任) by a carried decision of one of its meetings ' +
      '(recordCommitteeMeeting): the chosen members take those posts, every other voting member becomes a member (委员), and the choice ' +
      'is kept. One choice per decision. The committee in office only.',
  })
  async chooseOwnersCommitteeOfficers(
    @Arg('input', () => ChooseOwnersCommitteeOfficersInput, { description: 'The decision and the officers it chose.' }) input: ChooseOwnersCommitteeOfficersInput,
    @Ctx() ctx: OwnersContext,
  ): Promise<CommitteeOfficerChoice> {
    const committee = await requireOwnCommittee(ctx);
    const decisionId = input.decisionId.toLowerCase();
    const decision = await ctx.em.findOne(CommitteeDecision, { id: decisionId });
    const meeting = decision ? await ctx.em.findOne(CommitteeMeeting, { id: decision.meetingId }) : null;
    if (!decision || meeting?.committeeId !== committee.id) {
      throw badUserInput('decisionId must be a decision of one of your committee\'s meetings (recordCommitteeMeeting).', { field: 'decisionId' });
    }
    if (!decision.carried) throw badUserInput('That decision was not carried: officers are chosen by more than half of all members in favour.', { field: 'decisionId' });
    if (meeting.heldAt < committee.electedOn) throw badUserInput("That decision was taken before this committee's election.", { field: 'decisionId' });
    if (await ctx.em.count(CommitteeOfficerChoice, { decisionId })) throw conflict('Officers have already been chosen by that decision.', { field: 'decisionId' });

    const members = (await ctx.em.find(CommitteeMember, { committeeId: committee.id, leftOn: null })).filter((member) => member.role !== CommitteeRole.EXECUTIVE_SECRETARY);
    const directorId = input.directorPersonId.toLowerCase();
    const deputyIds = input.deputyDirectorPersonIds.map((id) => id.toLowerCase());
    const problem = officerChoiceProblem(new Set(members.map((member) => member.personId)), directorId, deputyIds);
    if (problem) throw badUserInput(problem, { field: 'directorPersonId' });

    for (const member of members) {
      member.role = member.personId === directorId ? CommitteeRole.DIRECTOR : deputyIds.includes(member.personId) ? CommitteeRole.DEPUTY_DIRECTOR : CommitteeRole.MEMBER;
    }
    const choice = ctx.em.create(CommitteeOfficerChoice, {
      ...pathOf(committee),
      recordedBy: ctx.caller.subject,
      recordedAt: ctx.clock.now(),
      committeeId: committee.id,
      decisionId,
      directorPersonId: directorId,
      deputyPersonIds: deputyIds,
    });
    await ctx.em.flush();
    ctx.loaders.membersOfCommittee.clear(committee.id);
    return choice;
  }

  @FieldResolver(() => PersonStub, { description: 'The director chosen (主任).' })
  director(@Root() choice: CommitteeOfficerChoice): PersonStub {
    return { id: choice.directorPersonId };
  }

  @FieldResolver(() => [PersonStub], { description: 'The deputy directors chosen (副主任).' })
  deputyDirectors(@Root() choice: CommitteeOfficerChoice): PersonStub[] {
    return choice.deputyPersonIds.map((id) => ({ id }));
  }
}
