import { assertMayReadResources } from '../lists/resource.access.js';
import { assertMayReadUnits, assertMayRegisterUnits } from './joint-building-unit.access.js';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { Resource } from '../lists/resource.entity.js';
import { PartyOrganizationStub } from '../stubs/party.stub.js';
import { JointBuildingUnit } from './joint-building-unit.entity.js';
import { JointUnitKind } from './joint-unit-kind.js';
import { UnitReportIn } from './unit-report-in.entity.js';
import { UnitPost } from './unit-post.entity.js';
import { AppointUnitPostInput, RegisterJointBuildingUnitInput, ReportInInput } from './joint-building-unit.input.js';
import { loadUnit } from './unit-lookup.js';
import { appointUnitPost, recordUnitReportIn } from './joint-building-unit.service.js';
import { JointBuildingUnitConnection } from './joint-building-unit.type.js';

@Resolver(() => JointBuildingUnit)
export class JointBuildingUnitResolver {
  @Query(() => JointBuildingUnit, { description: 'A joint-building unit by id (共驻共建单位). Every role but RESIDENT.' })
  async jointBuildingUnit(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: CobuildingContext): Promise<JointBuildingUnit> {
    return loadUnit(ctx, id);
  }

  @Query(() => JointBuildingUnitConnection, { description: 'Joint-building units by name (共驻共建单位名录). Every role but RESIDENT.' })
  async jointBuildingUnits(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('kind', () => JointUnitKind, { nullable: true, description: 'Only units of this kind.' }) kind: JointUnitKind | undefined,
    @Ctx() ctx: CobuildingContext,
  ) {
    assertMayReadUnits(ctx.caller);
    return findPage(ctx.em, JointBuildingUnit, kind ? { kind } : {}, page, 'name');
  }

  @FieldResolver(() => PartyOrganizationStub, { nullable: true, description: "The unit's own party organisation (单位党组织), kept by the party subgraph." })
  partyOrganization(@Root() unit: JointBuildingUnit): PartyOrganizationStub | null {
    return unit.partyOrganizationId ? { id: unit.partyOrganizationId } : null;
  }

  @FieldResolver(() => [Pairing], { description: 'Its pairings with communities (联建对子) that you may read.' })
  pairings(@Root() unit: JointBuildingUnit, @Ctx() ctx: CobuildingContext): Promise<Pairing[]> {
    return ctx.loaders.pairingsOfUnit.load(unit.id);
  }

  @FieldResolver(() => [UnitReportIn], { description: 'Its report-ins to communities (单位双报到) that you may read.' })
  reportIns(@Root() unit: JointBuildingUnit, @Ctx() ctx: CobuildingContext): Promise<UnitReportIn[]> {
    return ctx.loaders.reportInsOfUnit.load(unit.id);
  }

  @FieldResolver(() => [Resource], { description: 'Resources it offers (资源清单), withdrawn ones included, by title.' })
  resources(@Root() unit: JointBuildingUnit, @Ctx() ctx: CobuildingContext): Promise<Resource[]> {
    // The same rule as the resources list: a resident reaching a unit through a wish it claimed sees its name only.
    assertMayReadResources(ctx.caller);
    return ctx.loaders.resourcesOfUnit.load(unit.id);
  }

  @Mutation(() => JointBuildingUnit, { description: 'Adds a unit to the directory of joint-building units. DISTRICT or STREET.' })
  async registerJointBuildingUnit(
    @Arg('input', () => RegisterJointBuildingUnitInput, { description: 'What to record.' }) input: RegisterJointBuildingUnitInput,
    @Ctx() ctx: CobuildingContext,
  ): Promise<JointBuildingUnit> {
    assertMayRegisterUnits(ctx.caller);
    const unit = ctx.em.create(JointBuildingUnit, { name: input.name.trim(), kind: input.kind, partyOrganizationId: input.partyOrganizationId?.toLowerCase() ?? null });
    await ctx.em.flush();
    return unit;
  }

  @Mutation(() => UnitPost, { description: 'Records that a person holds a post for your unit towards a paired community. JOINT_UNIT for itself.' })
  async appointUnitPost(@Arg('input', () => AppointUnitPostInput, { description: 'What to record.' }) input: AppointUnitPostInput, @Ctx() ctx: CobuildingContext): Promise<UnitPost> {
    return appointUnitPost(ctx, input);
  }

  @Mutation(() => UnitReportIn, { description: 'Records your unit’s report-in to a paired community for a year (单位双报到). JOINT_UNIT for itself.' })
  async recordUnitReportIn(@Arg('input', () => ReportInInput, { description: 'What to record.' }) input: ReportInInput, @Ctx() ctx: CobuildingContext): Promise<UnitReportIn> {
    return recordUnitReportIn(ctx, input);
  }
}
