import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import { forbidden, notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { actingUnitId } from '../access/area-management.js';
import { JointBuildingUnit } from '../unit/joint-building-unit.entity.js';
import { CobuildingCategory } from './cobuilding-category.js';
import { Resource } from './resource.entity.js';
import { assertMayReadResources } from './resource.access.js';
import { OfferResourceInput } from './resource.input.js';
import { ResourceConnection } from './resource.type.js';

@Resolver(() => Resource)
export class ResourceResolver {
  @Query(() => ResourceConnection, { description: 'The resources list (资源清单), by title. Every role but RESIDENT.' })
  cobuildingResources(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('category', () => CobuildingCategory, { nullable: true, description: 'Only resources of this subject.' }) category: CobuildingCategory | undefined,
    @Ctx() ctx: CobuildingContext,
  ) {
    assertMayReadResources(ctx.caller);
    return findPage(ctx.em, Resource, category ? { category, active: true } : { active: true }, page, 'title');
  }

  @FieldResolver(() => JointBuildingUnit, { description: 'The unit offering it.' })
  async unit(@Root() resource: Resource, @Ctx() ctx: CobuildingContext): Promise<JointBuildingUnit> {
    return (await ctx.loaders.unit.load(resource.unitId))!;
  }

  @Mutation(() => Resource, { description: 'Adds a resource to your unit’s offer (资源清单). JOINT_UNIT for itself.' })
  async offerCobuildingResource(@Arg('input', () => OfferResourceInput, { description: 'What to record.' }) input: OfferResourceInput, @Ctx() ctx: CobuildingContext): Promise<Resource> {
    const unitId = actingUnitId(ctx.caller, 'offer resources');
    if (!(await ctx.loaders.unit.load(unitId))) throw forbidden('Your organisation is not a registered joint-building unit.');
    const resource = ctx.em.create(Resource, { unitId, title: input.title.trim(), description: input.description?.trim() ?? null, category: input.category });
    await ctx.em.flush();
    return resource;
  }

  @Mutation(() => Resource, { description: 'Withdraws one of your unit’s resources: it is no longer suggested. JOINT_UNIT for its own resources.' })
  async withdrawCobuildingResource(@Arg('id', () => ID, { description: 'The resource.' }) id: string, @Ctx() ctx: CobuildingContext): Promise<Resource> {
    const unitId = actingUnitId(ctx.caller, 'withdraw resources');
    const resource = await ctx.loaders.resource.load(requireId(id));
    if (!resource) throw notFound('CobuildingResource', id);
    if (resource.unitId !== unitId) throw forbidden('This resource belongs to another unit: a unit manages only its own resources.');
    resource.active = false;
    await ctx.em.flush();
    return resource;
  }
}
