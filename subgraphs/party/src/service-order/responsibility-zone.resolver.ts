import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { badUserInput, conflict, notFound } from '../../../platform/errors/error-codes.js';
import { assertAtVersion } from '../../../platform/orm/expected-version.js';
import { requireId } from '../../../platform/ids/id.js';
import type { PartyContext } from '../party.loaders.js';
import { BuildingStub, stubs } from '../stubs/registry.stub.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { loadRegisteredPlaces } from '../organization/organization-lookup.js';
import { RegisteredPlaceLevel } from '../place/place-register.entity.js';
import { PartyMember } from '../member/member.entity.js';
import { loadVisibleMember } from '../member/member.access.js';
import { isResponsibleFor } from '../access/party-access.js';
import { serverDay } from '../heads/neighborhood-head.rules.js';
import { ResponsibilityZone } from './responsibility-zone.entity.js';
import { AssignResponsibilityZoneInput, EndResponsibilityZoneInput } from './service-order.input.js';
import { assertRunsBranch } from './service-order.access.js';

@Resolver(() => ResponsibilityZone)
export class ResponsibilityZoneResolver {
  @FieldResolver(() => PartyMember, { description: 'The member answering for it.' })
  async member(@Root() zone: ResponsibilityZone, @Ctx() ctx: PartyContext): Promise<PartyMember> {
    return (await ctx.loaders.member.load(zone.memberId))!;
  }

  @FieldResolver(() => PartyOrganization, { description: 'The branch that set it up.' })
  async branch(@Root() zone: ResponsibilityZone, @Ctx() ctx: PartyContext): Promise<PartyOrganization> {
    return (await ctx.loaders.organization.load(zone.branchId))!;
  }

  @FieldResolver(() => [BuildingStub], { description: 'The buildings it covers (责任楼栋).' })
  buildings(@Root() zone: ResponsibilityZone): BuildingStub[] {
    return stubs(zone.buildingIds);
  }

  @Mutation(() => ResponsibilityZone, { description: "Sets up a member's responsibility zone over buildings of one branch's neighborhoods (党员责任区). The branch." })
  async assignResponsibilityZone(@Arg('input', () => AssignResponsibilityZoneInput, { description: 'Member and buildings.' }) input: AssignResponsibilityZoneInput, @Ctx() ctx: PartyContext): Promise<ResponsibilityZone> {
    const ids = input.buildingIds.map((id) => id.toLowerCase());
    if (new Set(ids).size !== ids.length) throw badUserInput('buildingIds must list each building once.', { field: 'buildingIds' });
    const buildings = await loadRegisteredPlaces(ctx, ids, RegisteredPlaceLevel.BUILDING, 'buildingIds');
    const branch = await ctx.loaders.branchOfNeighborhood.load(buildings[0].neighborhoodId!);
    assertRunsBranch(ctx.caller, branch, 'set up responsibility zones');
    if (buildings.some((building) => !branch.neighborhoodIds.includes(building.neighborhoodId!))) {
      throw badUserInput(`Every building must be in a neighborhood of ${branch.name}.`, { field: 'buildingIds' });
    }
    const member = await loadVisibleMember(ctx, input.memberId, 'memberId');
    const zone = ctx.em.create(ResponsibilityZone, {
      name: input.name.trim(),
      memberId: member.id,
      branchId: branch.id,
      buildingIds: ids,
      startedOn: serverDay(ctx.clock),
      districtId: branch.districtId,
      streetId: branch.streetId,
      communityId: branch.communityId,
    });
    await ctx.em.flush();
    return zone;
  }

  @Mutation(() => ResponsibilityZone, { description: 'Ends a responsibility zone today (撤销); it stays as history. The branch.' })
  async endResponsibilityZone(@Arg('input', () => EndResponsibilityZoneInput, { description: 'The zone.' }) input: EndResponsibilityZoneInput, @Ctx() ctx: PartyContext): Promise<ResponsibilityZone> {
    const zone = await ctx.loaders.serviceOrders.zone.load(requireId(input.zoneId, 'zoneId'));
    const branch = zone && (await ctx.loaders.organization.load(zone.branchId));
    if (!zone || !branch || !isResponsibleFor(ctx.caller, branch)) throw notFound('ResponsibilityZone', input.zoneId);
    assertAtVersion(zone, input.expectedVersion, { noun: 'zone', versionExtension: false });
    if (zone.endedOn !== null) throw conflict('This zone has already ended.');
    Object.assign(zone, { endedOn: serverDay(ctx.clock), endedBy: ctx.caller.subject });
    await ctx.em.flush();
    return zone;
  }
}
