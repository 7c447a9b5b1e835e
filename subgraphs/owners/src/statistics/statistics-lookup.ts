import type { OwnersContext } from '../owners.loaders.js';
import { NeighborhoodKindValue, type NeighborhoodStub } from '../stubs/registry.stub.js';
import { percentage } from '../../../platform/figures/percentage.js';
import { filingOverdue, partyMemberShare } from '../committee/committee.rules.js';
import type { OwnersAreaStatistics } from './statistics.type.js';

/** What the gateway brings of a community for its figures. */
export const REQUIRES_COMMUNITY = 'neighborhoods { id kind }';

/** The owners' committee figures over the neighborhoods given (only the closed ones are eligible). */
export async function statisticsOf(neighborhoods: readonly NeighborhoodStub[], ctx: OwnersContext): Promise<OwnersAreaStatistics> {
  const eligible = neighborhoods.filter((neighborhood) => neighborhood.kind === NeighborhoodKindValue.CLOSED);
  const committees = (await ctx.loaders.activeCommitteesOfNeighborhood.loadMany(eligible.map((neighborhood) => neighborhood.id)))
    .map((result) => (result instanceof Error ? [] : result)[0])
    .filter((committee) => committee !== undefined);
  const members = await ctx.loaders.votingMembersOfCommittee.loadMany(committees.map((committee) => committee.id));
  const voting = members.flatMap((list) => (list instanceof Error ? [] : list));
  const share = partyMemberShare(
    voting.filter((member) => member.partyMember !== null).map((member) => ({ personId: member.personId, partyMember: member.partyMember! })),
  );
  return {
    membersWithPartyStanding: share.members,
    partyMemberSharePercent: percentage(share.partyMembers, share.members),
    eligibleNeighborhoods: eligible.length,
    neighborhoodsWithCommittee: committees.length,
    formationRatePercent: percentage(committees.length, eligible.length),
    committeeMembers: voting.length,
    filingOverdue: committees.filter((committee) => filingOverdue(committee, ctx.clock.now())).length,
  };
}
