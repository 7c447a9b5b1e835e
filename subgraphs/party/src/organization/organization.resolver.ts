import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import { isResponsibleFor } from '../access/party-access.js';
import type { PartyContext } from '../party.loaders.js';
import { BuildingStub, CommunityStub, DistrictStub, NeighborhoodStub, StreetStub, stub, stubs } from '../stubs/registry.stub.js';
import { PartyMember } from '../member/member.entity.js';
import { PartyPost } from '../post/post.entity.js';
import { PartyPostKind } from '../post/post-kinds.js';
import { isCurrent, today } from '../post/post-term.js';
import { CentralHousehold } from '../household/central-household.entity.js';
import { PartyStarRating } from '../rating/star-rating.entity.js';
import { StarRatingStatus } from '../rating/star-rating-status.js';
import { PartyServiceStation } from '../station/service-station.entity.js';
import { PartyOrganization } from './organization.entity.js';
import { PartyOrganizationKind } from './organization-kinds.js';
import { CreatePartyOrganizationInput } from './organization.input.js';
import { loadOrganization } from './organization-lookup.js';
import { placeOrganization } from './organization-placement.js';
import { assertMayReadContactPost, assertReadsInside } from './organization.access.js';
import { PartyOrganizationFilter } from './organization.input.js';
import { PartyOrganizationConnection } from './organization.type.js';

@Resolver(() => PartyOrganization)
export class PartyOrganizationResolver {
  @Query(() => PartyOrganization, { description: 'A party organisation by id (党组织). Public facts inside the districts where the caller has a place.' })
  partyOrganization(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: PartyContext): Promise<PartyOrganization> {
    return loadOrganization(ctx, id);
  }

  @Query(() => PartyOrganizationConnection, { description: 'Party organisations by name (党组织名录). Public facts, listed only inside the districts where the caller has a place.' })
  async partyOrganizations(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => PartyOrganizationFilter, { nullable: true, description: 'Conditions the listed items must all meet.' }) filter: PartyOrganizationFilter | undefined,
    @Ctx() ctx: PartyContext,
  ) {
    // Every list is narrowed to the caller's own districts first; the filters only narrow further.
    const districtIds = [...(await ctx.loaders.callerDistrictIds())];
    const where = {
      districtId: { $in: districtIds },
      ...(filter?.kind ? { kind: filter.kind } : {}),
      ...(filter?.streetId ? { streetId: filter.streetId.toLowerCase() } : {}),
      ...(filter?.communityId ? { communityId: filter.communityId.toLowerCase() } : {}),
    };
    return findPage(ctx.em, PartyOrganization, where, page, 'name');
  }

  @FieldResolver(() => PartyOrganization, { nullable: true, description: 'The organisation directly above (上级党组织); null for a root.' })
  async parent(@Root() organization: PartyOrganization, @Ctx() ctx: PartyContext): Promise<PartyOrganization | null> {
    return organization.parentId ? ctx.loaders.organization.load(organization.parentId) : null;
  }

  @FieldResolver(() => [PartyOrganization], { description: 'Every organisation above, from the root down (上级党组织链).' })
  async ancestors(@Root() organization: PartyOrganization, @Ctx() ctx: PartyContext): Promise<PartyOrganization[]> {
    const rows = await ctx.loaders.organization.loadMany(organization.ancestorIds);
    return rows.filter((row): row is PartyOrganization => row instanceof PartyOrganization);
  }

  @FieldResolver(() => [PartyOrganization], { description: 'Organisations directly below (下级党组织), by name.' })
  children(@Root() organization: PartyOrganization, @Ctx() ctx: PartyContext): Promise<PartyOrganization[]> {
    return ctx.loaders.childrenOfOrganization.load(organization.id);
  }

  @FieldResolver(() => [PartyOrganization], { description: 'Every organisation below, at any depth (所有下级党组织), by name.' })
  async descendants(
    @Root() organization: PartyOrganization,
    @Arg('kind', () => PartyOrganizationKind, { nullable: true, description: 'Only this kind.' }) kind: PartyOrganizationKind | undefined,
    @Ctx() ctx: PartyContext,
  ): Promise<PartyOrganization[]> {
    const rows = await ctx.loaders.descendantsOfOrganization.load(organization.id);
    return kind ? rows.filter((row) => row.kind === kind) : rows;
  }

  @FieldResolver(() => DistrictStub, { description: 'The district it belongs to (所在区县).' })
  district(@Root() organization: PartyOrganization): DistrictStub {
    return stub(organization.districtId);
  }

  @FieldResolver(() => StreetStub, { nullable: true, description: 'The street it belongs to (所在街道).' })
  street(@Root() organization: PartyOrganization): StreetStub | null {
    return organization.streetId ? stub(organization.streetId) : null;
  }

  @FieldResolver(() => CommunityStub, { nullable: true, description: 'The community it belongs to (所在社区).' })
  community(@Root() organization: PartyOrganization): CommunityStub | null {
    return organization.communityId ? stub(organization.communityId) : null;
  }

  @FieldResolver(() => [NeighborhoodStub], { description: 'Neighborhoods a branch or building group covers (覆盖小区).' })
  neighborhoods(@Root() organization: PartyOrganization): NeighborhoodStub[] {
    return stubs(organization.neighborhoodIds);
  }

  @FieldResolver(() => BuildingStub, { nullable: true, description: "A building group's building (楼栋)." })
  building(@Root() organization: PartyOrganization): BuildingStub | null {
    return organization.buildingId ? stub(organization.buildingId) : null;
  }

  @FieldResolver(() => Int, { description: 'Formal members it holds (正式党员数). An aggregate: any caller.' })
  async formalMemberCount(@Root() organization: PartyOrganization, @Ctx() ctx: PartyContext): Promise<number> {
    return (await ctx.loaders.memberCounts.load(organization.id)).formal;
  }

  @FieldResolver(() => Int, { description: 'Probationary members it holds (预备党员数). An aggregate: any caller.' })
  async probationaryMemberCount(@Root() organization: PartyOrganization, @Ctx() ctx: PartyContext): Promise<number> {
    return (await ctx.loaders.memberCounts.load(organization.id)).probationary;
  }

  @FieldResolver(() => [PartyMember], { description: 'Members it holds (党员). Only its own party office (own subtree) may read them.' })
  members(@Root() organization: PartyOrganization, @Ctx() ctx: PartyContext): Promise<PartyMember[]> {
    assertReadsInside(ctx.caller, organization, 'members');
    return ctx.loaders.membersOfOrganization.load(organization.id);
  }

  @FieldResolver(() => [PartyPost], { description: 'Posts and terms, current and past (班子成员). Only its own party office may read them.' })
  posts(@Root() organization: PartyOrganization, @Ctx() ctx: PartyContext): Promise<PartyPost[]> {
    assertReadsInside(ctx.caller, organization, 'posts');
    return ctx.loaders.postsOfOrganization.load(organization.id);
  }

  @FieldResolver(() => PartyPost, {
    nullable: true,
    description:
      "The current secretary: the organisation's contact post (联系人). Its own party office, and property companies contracted to a neighborhood it covers.",
  })
  async contactPost(@Root() organization: PartyOrganization, @Ctx() ctx: PartyContext): Promise<PartyPost | null> {
    assertMayReadContactPost(ctx.caller, organization);
    const day = today();
    const posts = await ctx.loaders.postsOfOrganization.load(organization.id);
    return posts.find((post) => post.kind === PartyPostKind.SECRETARY && isCurrent(post, day)) ?? null;
  }

  @FieldResolver(() => [CentralHousehold], { description: 'Central households working under it (党员中心户). Only its own party office may read them.' })
  centralHouseholds(@Root() organization: PartyOrganization, @Ctx() ctx: PartyContext): Promise<CentralHousehold[]> {
    assertReadsInside(ctx.caller, organization, 'central households');
    return ctx.loaders.householdsOfOrganization.load(organization.id);
  }

  @FieldResolver(() => [PartyServiceStation], { description: 'Service stations it runs (服务阵地). Public facts.' })
  serviceStations(@Root() organization: PartyOrganization, @Ctx() ctx: PartyContext): Promise<PartyServiceStation[]> {
    return ctx.loaders.stationsOfOrganization.load(organization.id);
  }

  @FieldResolver(() => [PartyStarRating], {
    description: 'Star ratings by year, latest first (星级评定). Approved ratings are public; ratings in progress only for its own party office.',
  })
  async starRatings(@Root() organization: PartyOrganization, @Ctx() ctx: PartyContext): Promise<PartyStarRating[]> {
    const ratings = await ctx.loaders.ratingsOfOrganization.load(organization.id);
    return isResponsibleFor(ctx.caller, organization) ? ratings : ratings.filter((rating) => rating.status === StarRatingStatus.APPROVED);
  }

  @Mutation(() => PartyOrganization, {
    description:
      'Creates a party organisation under a parent the caller is responsible for (新建党组织). A SINGLE branch needs 3 formal members living in its neighborhood, or formationOverrideReason.',
  })
  async createPartyOrganization(
    @Arg('input', () => CreatePartyOrganizationInput, { description: 'What to record.' }) input: CreatePartyOrganizationInput,
    @Ctx() ctx: PartyContext,
  ): Promise<PartyOrganization> {
    const placement = await placeOrganization(ctx, input);
    const organization = ctx.em.create(PartyOrganization, { name: input.name.trim(), kind: input.kind, ...placement });
    await ctx.em.flush();
    return organization;
  }
}

