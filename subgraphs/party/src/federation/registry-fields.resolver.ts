import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { badUserInput } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import { isContractedCompanyOf, isResponsibleFor, readsArea } from '../access/party-access.js';
import { assertMayReadCoverage } from '../access/coverage.access.js';
import type { PartyContext } from '../party.loaders.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { PartyMember } from '../member/member.entity.js';
import { canSeeMembership } from '../member/member-access.js';
import { PartyPost } from '../post/post.entity.js';
import { PartyPostKind } from '../post/post-kinds.js';
import { RegisteredPlaceLevel } from '../place/place-register.entity.js';
import { CommunityStub, DistrictStub, NeighborhoodStub, PersonStub, StreetStub, stubs } from './registry-stubs.js';
import { PartyAreaStatistics } from './party-statistics.js';

@Resolver(() => NeighborhoodStub)
export class NeighborhoodPartyResolver {
  @FieldResolver(() => PartyOrganization, {
    nullable: true,
    description: 'The neighborhood branch covering it (小区党支部): its own, a joint or a grid branch; null if none. Public facts, with member counts.',
  })
  partyBranch(@Root() neighborhood: NeighborhoodStub, @Ctx() ctx: PartyContext): Promise<PartyOrganization | null> {
    return ctx.loaders.branchOfNeighborhood.load(neighborhood.id);
  }
}

/**
 * A person's party posts the caller may see: those of organisations it is responsible for, the person's own, and as a
 * property company the secretaries of branches covering its neighborhoods.
 */
export async function visiblePartyPosts(ctx: PartyContext, personId: string): Promise<PartyPost[]> {
  const posts = await ctx.loaders.postsOfPerson.load(personId);
  const organizations = await ctx.loaders.organization.loadMany(posts.map((post) => post.organizationId));
  const own = ctx.caller.personId === personId;
  return posts.filter((post, index) => {
    const organization = organizations[index];
    if (!(organization instanceof PartyOrganization)) return false;
    return own || isResponsibleFor(ctx.caller, organization) || (post.kind === PartyPostKind.SECRETARY && isContractedCompanyOf(ctx.caller, organization));
  });
}

@Resolver(() => PersonStub)
export class PersonPartyResolver {
  @FieldResolver(() => PartyMember, {
    nullable: true,
    description:
      "The person's party membership (党员信息). Sensitive: shown to the party office responsible for the holding organisation and to the person; null otherwise or if not a member.",
  })
  async partyMembership(@Root() person: PersonStub, @Ctx() ctx: PartyContext): Promise<PartyMember | null> {
    const member = await ctx.loaders.memberOfPerson.load(person.id);
    return member && (await canSeeMembership(ctx, member)) ? member : null;
  }

  @FieldResolver(() => [PartyPost], {
    description:
      "The person's posts in party organisations, latest term first (党内职务). You see those of organisations you are responsible for, your own, and as a property company the secretaries of branches covering your neighborhoods.",
  })
  partyPosts(@Root() person: PersonStub, @Ctx() ctx: PartyContext): Promise<PartyPost[]> {
    return visiblePartyPosts(ctx, person.id);
  }

  @Directive('@inaccessible')
  @FieldResolver(() => Boolean, {
    description:
      "Whether the person holds formal or probationary membership. Not visible to clients: for other subgraphs' @requires (e.g. owners' share of party members among committee members), which publish aggregates only.",
  })
  async partyMember(@Root() person: PersonStub, @Ctx() ctx: PartyContext): Promise<boolean> {
    return (await ctx.loaders.memberOfPerson.load(person.id)) !== null;
  }
}

@Resolver(() => DistrictStub)
export class DistrictPartyResolver {
  @FieldResolver(() => PartyAreaStatistics, { description: "The district's party figures (党建统计): for the area offices whose area holds it; zeros for everyone else, as every subgraph's statistics count only what the caller may read." })
  async partyStatistics(@Root() district: DistrictStub, @Ctx() ctx: PartyContext): Promise<PartyAreaStatistics> {
    if (!readsArea(ctx.caller, { level: 'district', id: district.id, districtId: district.id, streetId: null })) return new PartyAreaStatistics();
    return ctx.loaders.statistics.district.load(district.id);
  }
}

@Resolver(() => StreetStub)
export class StreetPartyResolver {
  @FieldResolver(() => PartyAreaStatistics, { description: "The street's party figures (党建统计): for the area offices whose area holds it; zeros for everyone else, as every subgraph's statistics count only what the caller may read." })
  async partyStatistics(@Root() street: StreetStub, @Ctx() ctx: PartyContext): Promise<PartyAreaStatistics> {
    const place = await ctx.loaders.place.load(street.id);
    if (!place || !readsArea(ctx.caller, { level: 'street', id: street.id, districtId: place.districtId, streetId: street.id })) return new PartyAreaStatistics();
    return ctx.loaders.statistics.street.load(street.id);
  }
}

@Resolver(() => CommunityStub)
export class CommunityPartyResolver {
  @FieldResolver(() => PartyAreaStatistics, { description: "The community's party figures (党建统计): for the area offices whose area holds it; zeros for everyone else, as every subgraph's statistics count only what the caller may read." })
  async partyStatistics(@Root() community: CommunityStub, @Ctx() ctx: PartyContext): Promise<PartyAreaStatistics> {
    const place = await ctx.loaders.place.load(community.id);
    if (!place || !readsArea(ctx.caller, { level: 'community', id: community.id, districtId: place.districtId, streetId: place.streetId })) return new PartyAreaStatistics();
    return ctx.loaders.statistics.community.load(community.id);
  }
}

@Resolver()
export class PartyCoverageResolver {
  @Query(() => [NeighborhoodStub], {
    description:
      'Neighborhoods of a street or community that no neighborhood branch covers (党组织覆盖空白). Area roles (DISTRICT, STREET, COMMUNITY) of that area.',
  })
  async neighborhoodsWithoutPartyBranch(
    @Arg('areaId', () => ID, { description: 'A street or community id.' }) areaId: string,
    @Ctx() ctx: PartyContext,
  ): Promise<NeighborhoodStub[]> {
    const place = await ctx.loaders.place.load(requireId(areaId, 'areaId'));
    if (!place || (place.level !== RegisteredPlaceLevel.STREET && place.level !== RegisteredPlaceLevel.COMMUNITY)) {
      throw badUserInput(`areaId "${areaId}" is not a street or community in the party register of places.`, { field: 'areaId' });
    }
    const level = place.level === RegisteredPlaceLevel.STREET ? 'street' : 'community';
    assertMayReadCoverage(ctx.caller, { level, id: place.id, districtId: place.districtId, streetId: place.streetId });
    const rows = await ctx.em.getConnection().execute<{ id: string }[]>(
      `select place.id from party.place_register place
       where place.level = 'NEIGHBORHOOD' and place.${level}_id = ?
         and not exists (select 1 from party.organization branch where branch.kind = 'NEIGHBORHOOD_BRANCH' and place.id = any(branch.neighborhood_ids))
       order by place.id`,
      [place.id],
    );
    return stubs(rows.map((row) => row.id));
  }
}

