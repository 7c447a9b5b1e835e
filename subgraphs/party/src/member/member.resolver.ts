import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';
import { assertResponsibleFor } from '../access/party-access.js';
import type { PartyContext } from '../party.loaders.js';
import { NeighborhoodStub, PersonStub, stub } from '../stubs/registry.stub.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { MEMBERSHIP_HOLDERS } from '../organization/organization-kinds.js';
import { loadOrganization, loadRegisteredPlaces } from '../organization/organization-lookup.js';
import { RegisteredPlaceLevel } from '../place/place-register.entity.js';
import { PartyReportIn } from '../report-in/report-in.entity.js';
import { PartyMember } from './member.entity.js';
import { PartyMemberCategory } from './member-kinds.js';
import { loadVisibleMember } from './member.access.js';
import { PartyMemberFilter, AddPartyMemberInput } from './member.input.js';
import { PartyMemberConnection } from './member.type.js';

@Resolver(() => PartyMember)
export class PartyMemberResolver {
  @Query(() => PartyMember, { description: 'A membership by id (党员). Its own party office, or the member.' })
  partyMember(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: PartyContext): Promise<PartyMember> {
    return loadVisibleMember(ctx, id);
  }

  @Query(() => PartyMemberConnection, { description: 'Members of the organisations you are responsible for (党员名册), by id.' })
  async partyMembers(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => PartyMemberFilter, { nullable: true, description: 'Conditions the listed items must all meet.' }) filter: PartyMemberFilter | undefined,
    @Ctx() ctx: PartyContext,
  ) {
    const responsible = [...(await ctx.loaders.responsibleOrganizationIds())];
    const where = {
      $and: [
        { organizationId: { $in: responsible }, leftOn: null },
        filter?.organizationId ? { organizationId: filter.organizationId.toLowerCase() } : {},
        filter?.status ? { status: filter.status } : {},
        filter?.category ? { category: filter.category } : {},
      ],
    };
    return findPage(ctx.em, PartyMember, where, page, 'id');
  }

  @FieldResolver(() => PersonStub, { description: 'The person (人员).' })
  person(@Root() member: PartyMember): PersonStub {
    return stub(member.personId);
  }

  @FieldResolver(() => PartyOrganization, { description: 'The organisation holding the membership (组织关系所在党组织).' })
  async organization(@Root() member: PartyMember, @Ctx() ctx: PartyContext): Promise<PartyOrganization> {
    return (await ctx.loaders.organization.load(member.organizationId))!;
  }

  @FieldResolver(() => NeighborhoodStub, { nullable: true, description: 'The neighborhood the member lives in (居住小区).' })
  residenceNeighborhood(@Root() member: PartyMember): NeighborhoodStub | null {
    return member.residenceNeighborhoodId ? stub(member.residenceNeighborhoodId) : null;
  }

  @FieldResolver(() => PartyReportIn, { nullable: true, description: "The member's report-in to their residence community (双报到), if any." })
  reportIn(@Root() member: PartyMember, @Ctx() ctx: PartyContext): Promise<PartyReportIn | null> {
    return ctx.loaders.reportInOfMember.load(member.id);
  }

  @Mutation(() => PartyMember, { description: 'Registers a membership in an organisation the caller is responsible for (党员登记). A person holds one membership.' })
  async addPartyMember(@Arg('input', () => AddPartyMemberInput, { description: 'What to record.' }) input: AddPartyMemberInput, @Ctx() ctx: PartyContext): Promise<PartyMember> {
    const organization = await loadOrganization(ctx, input.organizationId, 'organizationId');
    assertResponsibleFor(ctx.caller, organization, 'register members');
    if (!MEMBERSHIP_HOLDERS.has(organization.kind)) {
      throw badUserInput(`A ${organization.kind} does not hold memberships: register the member with its branch.`, { field: 'organizationId' });
    }
    const residence = input.residenceNeighborhoodId
      ? (await loadRegisteredPlaces(ctx, [input.residenceNeighborhoodId], RegisteredPlaceLevel.NEIGHBORHOOD, 'residenceNeighborhoodId'))[0].id
      : null;
    const personId = input.personId.toLowerCase();
    if ((await ctx.em.count(PartyMember, { personId })) > 0) {
      throw conflict('This person already holds a membership: transfer it instead of registering a second one.', { field: 'personId' });
    }
    const member = ctx.em.create(PartyMember, {
      personId,
      organizationId: organization.id,
      category: input.category,
      status: input.status,
      residenceNeighborhoodId: residence,
      probationStartedOn: input.category === PartyMemberCategory.PROBATIONARY ? ctx.clock.now().toISOString().slice(0, 10) : null,
      districtId: organization.districtId,
      streetId: organization.streetId,
      communityId: organization.communityId,
    });
    await ctx.em.flush();
    return member;
  }
}
