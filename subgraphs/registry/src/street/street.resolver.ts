import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import type { RegistryContext } from '../registry.loaders.js';
import { PATH_COLUMNS } from '../place/path-columns.js';
import { loadVisiblePlace } from '../place/place-lookup.js';
import { assertCanManage, MANAGERS } from '../access/place-management.js';
import { assertExpectedVersion, definedFields } from '../place/record-update.js';
import { District } from '../district/district.entity.js';
import { Community } from '../community/community.entity.js';
import { Street } from './street.entity.js';
import { StreetFilter, CreateStreetInput, UpdateStreetInput } from './street.input.js';
import { StreetConnection } from './street.type.js';

@Resolver(() => Street)
export class StreetResolver {
  @Query(() => Street, { description: 'A street by id (街道).' })
  street(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: RegistryContext): Promise<Street> {
    return loadVisiblePlace(ctx.loaders.street, ctx.loaders.scope, 'Street', id);
  }

  @Query(() => StreetConnection, { description: 'Streets you may read, by name.' })
  async streets(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => StreetFilter, { nullable: true, description: 'Conditions the listed items must all meet.' }) filter: StreetFilter | undefined,
    @Ctx() ctx: RegistryContext,
  ) {
    const where = { $and: [filter?.districtId ? { districtId: filter.districtId } : {}, await ctx.loaders.visible(PATH_COLUMNS.street, true)] };
    return findPage(ctx.em, Street, where, page, 'name');
  }

  @FieldResolver(() => District, { description: 'The district containing this street.' })
  async district(@Root() street: Street, @Ctx() ctx: RegistryContext): Promise<District> {
    return (await ctx.loaders.district.load(street.districtId))!;
  }

  @FieldResolver(() => [Community], { description: 'Communities of the street you may read (社区), by name.' })
  communities(@Root() street: Street, @Ctx() ctx: RegistryContext): Promise<Community[]> {
    return ctx.loaders.communitiesOfStreet.load(street.id);
  }

  @Mutation(() => Street, { description: 'Adds a street to a district. DISTRICT role of that district only.' })
  async createStreet(@Arg('input', () => CreateStreetInput, { description: 'What to record.' }) input: CreateStreetInput, @Ctx() ctx: RegistryContext): Promise<Street> {
    const district = await loadVisiblePlace(ctx.loaders.district, ctx.loaders.scope, 'District', input.districtId);
    assertCanManage(ctx.caller, district.path(), MANAGERS.street, 'streets');
    const street = ctx.em.create(Street, { name: input.name.trim(), districtId: district.id });
    await ctx.em.flush();
    return street;
  }

  @Mutation(() => Street, { description: 'Renames a street. DISTRICT role of its district only.' })
  async updateStreet(@Arg('input', () => UpdateStreetInput, { description: 'What to record.' }) input: UpdateStreetInput, @Ctx() ctx: RegistryContext): Promise<Street> {
    const street = await loadVisiblePlace(ctx.loaders.street, ctx.loaders.scope, 'Street', input.id);
    assertCanManage(ctx.caller, street.path(), MANAGERS.street, 'this street');
    assertExpectedVersion(street, input.expectedVersion);
    ctx.em.assign(street, definedFields(input, ['name']));
    await ctx.em.flush();
    return street;
  }
}
