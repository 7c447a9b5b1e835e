import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';
import { assertResponsibleFor } from '../access/party-access.js';
import type { PartyContext } from '../party.loaders.js';
import { UnitStub, stub, stubs } from '../stubs/registry.stub.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { PartyOrganizationKind } from '../organization/organization-kinds.js';
import { loadOrganization, loadRegisteredPlaces } from '../organization/organization-lookup.js';
import { RegisteredPlaceLevel } from '../place/place-register.entity.js';
import { PartyMember } from '../member/member.entity.js';
import { loadVisibleMember } from '../member/member.access.js';
import { today } from '../post/post-term.js';
import { CentralHousehold } from './central-household.entity.js';
import { DesignateCentralHouseholdInput } from './central-household.input.js';

@Resolver(() => CentralHousehold)
export class CentralHouseholdResolver {
  @FieldResolver(() => PartyMember, { description: 'The member whose household it is (中心户户主党员).' })
  async member(@Root() household: CentralHousehold, @Ctx() ctx: PartyContext): Promise<PartyMember> {
    return (await ctx.loaders.member.load(household.memberId))!;
  }

  @FieldResolver(() => PartyOrganization, { description: 'The building group or branch it works under.' })
  async organization(@Root() household: CentralHousehold, @Ctx() ctx: PartyContext): Promise<PartyOrganization> {
    return (await ctx.loaders.organization.load(household.organizationId))!;
  }

  @FieldResolver(() => UnitStub, { description: "The member's household (户)." })
  household(@Root() household: CentralHousehold): UnitStub {
    return stub(household.householdUnitId);
  }

  @FieldResolver(() => [UnitStub], { description: 'The households it serves (联系服务户).' })
  servedHouseholds(@Root() household: CentralHousehold): UnitStub[] {
    return stubs(household.servedUnitIds);
  }

  @FieldResolver(() => Int, { description: 'How many households it serves.' })
  servedHouseholdCount(@Root() household: CentralHousehold): number {
    return household.servedUnitIds.length;
  }

  @Mutation(() => CentralHousehold, { description: 'Designates a central household under a building group or branch the caller is responsible for (党员中心户).' })
  async designateCentralHousehold(
    @Arg('input', () => DesignateCentralHouseholdInput, { description: 'What to record.' }) input: DesignateCentralHouseholdInput,
    @Ctx() ctx: PartyContext,
  ): Promise<CentralHousehold> {
    const organization = await loadOrganization(ctx, input.organizationId, 'organizationId');
    assertResponsibleFor(ctx.caller, organization, 'designate central households');
    if (organization.kind !== PartyOrganizationKind.BUILDING_GROUP && organization.kind !== PartyOrganizationKind.NEIGHBORHOOD_BRANCH) {
      throw badUserInput('A central household works under a BUILDING_GROUP or a NEIGHBORHOOD_BRANCH.', { field: 'organizationId' });
    }
    const member = await loadVisibleMember(ctx, input.memberId, 'memberId');
    if (member.organizationId !== organization.id && !organization.ancestorIds.includes(member.organizationId)) {
      throw badUserInput(`The member's membership is not held by ${organization.name} or an organisation above it.`, { field: 'memberId' });
    }
    const [home] = await loadRegisteredPlaces(ctx, [input.householdUnitId], RegisteredPlaceLevel.UNIT, 'householdUnitId');
    const inArea = organization.buildingId ? home.buildingId === organization.buildingId : organization.neighborhoodIds.includes(home.neighborhoodId!);
    if (!inArea) throw badUserInput(`householdUnitId is not in the ${organization.buildingId ? 'building' : 'neighborhoods'} of ${organization.name}.`, { field: 'householdUnitId' });
    const servedIds = input.servedUnitIds.map((id) => id.toLowerCase());
    if (new Set(servedIds).size !== servedIds.length || servedIds.includes(home.id)) {
      throw badUserInput("servedUnitIds must list each household once and not the member's own.", { field: 'servedUnitIds' });
    }
    const served = await loadRegisteredPlaces(ctx, servedIds, RegisteredPlaceLevel.UNIT, 'servedUnitIds');
    if (served.some((unit) => unit.neighborhoodId !== home.neighborhoodId)) {
      throw badUserInput("Every served household must be in the member's own neighborhood.", { field: 'servedUnitIds' });
    }
    if ((await ctx.em.count(CentralHousehold, { $or: [{ memberId: member.id }, { householdUnitId: home.id }] })) > 0) {
      throw conflict('This member or household is already a central household.');
    }
    const household = ctx.em.create(CentralHousehold, {
      memberId: member.id,
      organizationId: organization.id,
      householdUnitId: home.id,
      servedUnitIds: servedIds,
      designatedOn: today(),
      districtId: organization.districtId,
      streetId: organization.streetId,
      communityId: organization.communityId,
    });
    await ctx.em.flush();
    return household;
  }
}
