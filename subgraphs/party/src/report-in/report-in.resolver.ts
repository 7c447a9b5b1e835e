import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import { assertResponsibleFor } from '../access/party-access.js';
import type { PartyContext } from '../party.loaders.js';
import { CommunityStub, UnitStub, stub, stubs } from '../stubs/registry.stub.js';
import { loadRegisteredPlaces } from '../organization/organization-lookup.js';
import { RegisteredPlaceLevel } from '../place/place-register.entity.js';
import { PartyMember } from '../member/member.entity.js';
import { PartyMemberStatus } from '../member/member-kinds.js';
import { canSeeMembership, loadVisibleMember } from '../member/member.access.js';
import { today } from '../post/post-term.js';
import { PartyReportIn } from './report-in.entity.js';
import { checkPairedHouseholds } from './report-in-pairing.js';
import { assertMayReadReportIns, assertMaySeeReporter } from './report-in.access.js';
import { RecordPartyReportInInput } from './report-in.input.js';

@Resolver(() => PartyReportIn)
export class PartyReportInResolver {
  @Query(() => [PartyReportIn], { description: 'Report-ins to a community (报到党员), latest first. Area roles (DISTRICT, STREET, COMMUNITY) of that community.' })
  async partyReportIns(@Arg('communityId', () => ID, { description: 'The community reported to.' }) communityId: string, @Ctx() ctx: PartyContext): Promise<PartyReportIn[]> {
    const [community] = await loadRegisteredPlaces(ctx, [requireId(communityId, 'communityId')], RegisteredPlaceLevel.COMMUNITY, 'communityId');
    assertMayReadReportIns(ctx.caller, { communityId: community.id, districtId: community.districtId, streetId: community.streetId });
    return ctx.em.find(PartyReportIn, { communityId: community.id }, { orderBy: { reportedOn: 'desc', id: 'asc' } });
  }

  @FieldResolver(() => PartyMember, { description: 'The member who reported.' })
  async member(@Root() reportIn: PartyReportIn, @Ctx() ctx: PartyContext): Promise<PartyMember> {
    const member = (await ctx.loaders.member.load(reportIn.memberId))!;
    await assertMaySeeReporter(ctx.caller, reportIn, () => canSeeMembership(ctx, member));
    return member;
  }

  @FieldResolver(() => CommunityStub, { description: 'The community reported to (报到社区).' })
  community(@Root() reportIn: PartyReportIn): CommunityStub {
    return stub(reportIn.communityId);
  }

  @FieldResolver(() => [UnitStub], { description: 'The paired households (结对户).' })
  pairedHouseholds(@Root() reportIn: PartyReportIn): UnitStub[] {
    return stubs(reportIn.pairedUnitIds);
  }

  @FieldResolver(() => Int, { description: 'How many households are paired (10–15).' })
  pairedHouseholdCount(@Root() reportIn: PartyReportIn): number {
    return reportIn.pairedUnitIds.length;
  }

  @Mutation(() => PartyReportIn, {
    description: "Records a member's report-in to the community where they live (双报到), by the party office responsible for the member's organisation (e.g. the member's unit).",
  })
  async recordPartyReportIn(@Arg('input', () => RecordPartyReportInInput, { description: 'What to record.' }) input: RecordPartyReportInInput, @Ctx() ctx: PartyContext): Promise<PartyReportIn> {
    const member = await loadVisibleMember(ctx, input.memberId, 'memberId');
    const organization = (await ctx.loaders.organization.load(member.organizationId))!;
    assertResponsibleFor(ctx.caller, organization, 'record report-ins');
    if (member.status !== PartyMemberStatus.IN_SERVICE) {
      throw badUserInput(`Only in-service members report in (双报到); this member is ${member.status}.`, { field: 'memberId' });
    }
    if (!member.residenceNeighborhoodId) {
      throw badUserInput("The member's residence neighborhood is not known: a member reports to the community where they live.", { field: 'memberId' });
    }
    const pairedIds = input.pairedUnitIds.map((id) => id.toLowerCase());
    checkPairedHouseholds(pairedIds);
    const residence = (await ctx.loaders.place.load(member.residenceNeighborhoodId))!;
    const units = await loadRegisteredPlaces(ctx, pairedIds, RegisteredPlaceLevel.UNIT, 'pairedUnitIds');
    if (units.some((unit) => unit.communityId !== residence.communityId)) {
      throw badUserInput('Every paired household must be in the community where the member lives.', { field: 'pairedUnitIds' });
    }
    if ((await ctx.em.count(PartyReportIn, { memberId: member.id })) > 0) throw conflict('This member has already reported in.');
    const reportIn = ctx.em.create(PartyReportIn, {
      memberId: member.id,
      communityId: residence.communityId!,
      streetId: residence.streetId,
      districtId: residence.districtId,
      pairedUnitIds: pairedIds,
      reportedOn: today(),
    });
    await ctx.em.flush();
    return reportIn;
  }
}
