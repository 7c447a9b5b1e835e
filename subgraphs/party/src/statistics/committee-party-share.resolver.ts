import { Ctx, Directive, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';
import type { PartyContext } from '../party.loaders.js';
import { CommunityStub, DistrictStub, StreetStub } from '../stubs/registry.stub.js';
import { percentage } from '../../../platform/figures/percentage.js';

@ObjectType('OwnersCommitteePartyShare', {
  description:
    "Party members among the members of the owners' committees in office in an area (业委会成员中党员占比): the owners subgraph names the members, this subgraph knows who is a party member.",
})
export class OwnersCommitteePartyShare {
  @Field(() => Int, { description: "Voting members of the owners' committees in office that you may read (委员人数), each person once." })
  committeeMembers!: number;

  @Field(() => Int, { description: 'Of those, formal or probationary party members (党员).' })
  partyMembers!: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'partyMembers ÷ committeeMembers in percent, two decimals (党员占比); null without members.' })
  sharePercent!: string | null;
}

const REQUIRES = '@requires(fields: "ownersCommitteeMemberPersonIds")';
const DESCRIPTION = "Party members among the owners' committee members in office here (业委会成员中党员占比), composed with the owners subgraph.";

async function shareOf(personIds: readonly string[] | undefined, ctx: PartyContext): Promise<OwnersCommitteePartyShare> {
  const ids = [...new Set(personIds ?? [])];
  const members = await ctx.loaders.memberOfPerson.loadMany(ids);
  const partyMembers = members.filter((member) => member !== null && !(member instanceof Error)).length;
  return { committeeMembers: ids.length, partyMembers, sharePercent: percentage(partyMembers, ids.length) };
}

@Resolver(() => CommunityStub)
export class CommunityCommitteePartyShareResolver {
  @Directive(REQUIRES)
  @FieldResolver(() => OwnersCommitteePartyShare, { description: DESCRIPTION })
  ownersCommitteePartyShare(@Root() community: CommunityStub, @Ctx() ctx: PartyContext): Promise<OwnersCommitteePartyShare> {
    return shareOf(community.ownersCommitteeMemberPersonIds, ctx);
  }
}

@Resolver(() => StreetStub)
export class StreetCommitteePartyShareResolver {
  @Directive(REQUIRES)
  @FieldResolver(() => OwnersCommitteePartyShare, { description: DESCRIPTION })
  ownersCommitteePartyShare(@Root() street: StreetStub, @Ctx() ctx: PartyContext): Promise<OwnersCommitteePartyShare> {
    return shareOf(street.ownersCommitteeMemberPersonIds, ctx);
  }
}

@Resolver(() => DistrictStub)
export class DistrictCommitteePartyShareResolver {
  @Directive(REQUIRES)
  @FieldResolver(() => OwnersCommitteePartyShare, { description: DESCRIPTION })
  ownersCommitteePartyShare(@Root() district: DistrictStub, @Ctx() ctx: PartyContext): Promise<OwnersCommitteePartyShare> {
    return shareOf(district.ownersCommitteeMemberPersonIds, ctx);
  }
}
