import { Ctx, Directive, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';
import type { OwnersContext } from '../owners.loaders.js';
import { CommunityStub, DistrictStub, NeighborhoodKindValue, StreetStub, type NeighborhoodStub } from '../stubs/registry.stub.js';
import { percentage } from '../../../platform/figures/percentage.js';
import { filingOverdue, partyMemberShare } from '../committee/committee-rules.js';

@ObjectType('OwnersAreaStatistics', { description: "Owners' committee figures for an area (业委会统计), over the neighborhoods you may read." })
class OwnersAreaStatistics {
  @Field(() => Int, { description: 'Gated neighborhoods (封闭式小区): those expected to form a committee.' })
  eligibleNeighborhoods!: number;

  @Field(() => Int, { description: 'Eligible neighborhoods with a committee in office (已成立业委会).' })
  neighborhoodsWithCommittee!: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'Committee formation rate in percent, two decimals (业委会组建率); null without eligible neighborhoods.' })
  formationRatePercent!: string | null;

  @Field(() => Int, { description: 'Voting members of those committees (委员人数), executive secretaries excluded.' })
  committeeMembers!: number;

  @Field(() => Int, { description: 'Committees not filed within 30 days of election (逾期未备案).' })
  filingOverdue!: number;

  @Field(() => Int, { description: 'Voting members whose party standing the party subgraph has reported (已核实党员身份的委员).' })
  membersWithPartyStanding!: number;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Party members among those members, in percent with two decimals (业委会成员中党员占比); null until any standing is known.',
  })
  partyMemberSharePercent!: string | null;
}

const REQUIRES_COMMUNITY = 'neighborhoods { id kind }';

async function statisticsOf(neighborhoods: readonly NeighborhoodStub[], ctx: OwnersContext): Promise<OwnersAreaStatistics> {
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

@Resolver(() => CommunityStub)
export class CommunityOwnersStatisticsResolver {
  @Directive(`@requires(fields: "${REQUIRES_COMMUNITY}")`)
  @FieldResolver(() => OwnersAreaStatistics, { description: "Owners' committee figures of the community (业委会统计)." })
  ownersStatistics(@Root() community: CommunityStub, @Ctx() ctx: OwnersContext): Promise<OwnersAreaStatistics> {
    return statisticsOf(community.neighborhoods ?? [], ctx);
  }
}

@Resolver(() => StreetStub)
export class StreetOwnersStatisticsResolver {
  @Directive(`@requires(fields: "communities { ${REQUIRES_COMMUNITY} }")`)
  @FieldResolver(() => OwnersAreaStatistics, { description: "Owners' committee figures of the street (业委会统计)." })
  ownersStatistics(@Root() street: StreetStub, @Ctx() ctx: OwnersContext): Promise<OwnersAreaStatistics> {
    return statisticsOf((street.communities ?? []).flatMap((community) => community.neighborhoods ?? []), ctx);
  }
}

@Resolver(() => DistrictStub)
export class DistrictOwnersStatisticsResolver {
  @Directive(`@requires(fields: "streets { communities { ${REQUIRES_COMMUNITY} } }")`)
  @FieldResolver(() => OwnersAreaStatistics, { description: "Owners' committee figures of the district (业委会统计)." })
  ownersStatistics(@Root() district: DistrictStub, @Ctx() ctx: OwnersContext): Promise<OwnersAreaStatistics> {
    return statisticsOf((district.streets ?? []).flatMap((street) => (street.communities ?? []).flatMap((community) => community.neighborhoods ?? [])), ctx);
  }
}
