import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../party.loaders.js';
import { CommunityStub, DistrictStub, StreetStub } from '../stubs/registry.stub.js';
import { percentage } from '../../../platform/figures/percentage.js';
import { OwnersCommitteePartyShare } from './committee-party-share.type.js';

const REQUIRES = '@requires(fields: "ownersCommitteeMemberPersonIds")';
const DESCRIPTION = "Party members among the owners' committee members in office here (业委会成员中党员占比), composed with the owners subgraph.";

async function shareOf(personIds: readonly string[] | undefined, ctx: PartyContext): Promise<OwnersCommitteePartyShare> {
  const ids = [...new Set(personIds ?? [])];
  const members = await ctx.loaders.personIsMember.loadMany(ids);
  const partyMembers = members.filter((member) => member === true).length;
  return { committeeMembers: ids.length, partyMembers, sharePercent: percentage(partyMembers, ids.length) };
}

/** One resolver class per area level (type-graphql keeps its metadata per class), all of the same shape. */
function areaCommitteePartyShareResolver(area: typeof DistrictStub) {
  @Resolver(() => area)
  class AreaCommitteePartyShareResolver {
    @Directive(REQUIRES)
    @FieldResolver(() => OwnersCommitteePartyShare, { description: DESCRIPTION })
    ownersCommitteePartyShare(@Root() stub: DistrictStub, @Ctx() ctx: PartyContext): Promise<OwnersCommitteePartyShare> {
      return shareOf(stub.ownersCommitteeMemberPersonIds, ctx);
    }
  }
  return AreaCommitteePartyShareResolver;
}

export const CommunityCommitteePartyShareResolver = areaCommitteePartyShareResolver(CommunityStub);
export const StreetCommitteePartyShareResolver = areaCommitteePartyShareResolver(StreetStub);
export const DistrictCommitteePartyShareResolver = areaCommitteePartyShareResolver(DistrictStub);
