import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import type { RegistryContext } from '../registry.loaders.js';
import { PATH_COLUMNS } from '../place/path-columns.js';
import { loadVisiblePlace } from '../place/place-lookup.js';
import { assertCanManage, assertMayCreateDistrict, MANAGERS } from '../access/place-management.js';
import { conflict } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import { CreateDistrictInput, UpdateDistrictInput } from './district.input.js';
import { assertExpectedVersion, definedFields } from '../place/record-update.js';
import { District } from './district.entity.js';
import { Street } from '../street/street.entity.js';
import { DistrictConnection } from './district.type.js';

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => District, { description: 'A district by id (区/县).' })
  district(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: RegistryContext): Promise<District> {
    return loadVisiblePlace(ctx.loaders.district, ctx.loaders.scope, 'District', id);
  }

  @Query(() => DistrictConnection, { description: 'Districts you may read, by name.' })
  async districts(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RegistryContext) {
    return findPage(ctx.em, District, await ctx.loaders.visible<District>(PATH_COLUMNS.district, true), page, 'name');
  }

  @FieldResolver(() => [Street], { description: 'Streets of the district you may read (街道), by name.' })
  streets(@Root() district: District, @Ctx() ctx: RegistryContext): Promise<Street[]> {
    return ctx.loaders.streetsOfDistrict.load(district.id);
  }

  @Mutation(() => District, {
    description: "Records your own district (登记区/县), once: DISTRICT whose token grants that district's id. No role creates another district.",
  })
  async createDistrict(@Arg('input', () => CreateDistrictInput, { description: 'What to record.' }) input: CreateDistrictInput, @Ctx() ctx: RegistryContext): Promise<District> {
    const id = requireId(input.id);
    assertMayCreateDistrict(ctx.caller, id);
    if (await ctx.em.count(District, { $or: [{ id }, { code: input.code }] })) {
      throw conflict('This district, or another with this division code, is already registered: update it with updateDistrict.');
    }
    const district = ctx.em.create(District, { id, name: input.name.trim(), code: input.code });
    await ctx.em.flush();
    return district;
  }

  @Mutation(() => District, { description: 'Renames a district. DISTRICT role of that district only.' })
  async updateDistrict(@Arg('input', () => UpdateDistrictInput, { description: 'What to record.' }) input: UpdateDistrictInput, @Ctx() ctx: RegistryContext): Promise<District> {
    const district = await loadVisiblePlace(ctx.loaders.district, ctx.loaders.scope, 'District', input.id);
    assertCanManage(ctx.caller, district.path(), MANAGERS.district, 'this district');
    assertExpectedVersion(district, input.expectedVersion);
    ctx.em.assign(district, definedFields(input, ['name']));
    await ctx.em.flush();
    return district;
  }
}
