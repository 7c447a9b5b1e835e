import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { PageArgs, type Page } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import { requireId } from '../../../platform/ids/id.js';
import type { OwnersContext } from '../owners.loaders.js';
import { scopeWhere } from '../access/owners-scope.js';
import { readsMotionsAsOwner } from '../ballot/ballot.access.js';
import { OwnersAssembly } from './owners-assembly.entity.js';
import { OwnersMotion } from './owners-motion.entity.js';
import { OwnersAssemblyFilter, OwnersMotionFilter } from './assembly-list.input.js';
import { OwnersAssemblyConnection, OwnersMotionConnection } from './assembly-list.type.js';

/** The caller's readable records of one neighborhood: its committee, area offices, party branch and its owners. */
async function readableIn(ctx: OwnersContext, neighborhoodId: string): Promise<Record<string, unknown>> {
  const scope = await ctx.loaders.scope();
  if (scope.publishedOnly && !readsMotionsAsOwner(ctx.caller)) return { id: { $in: [] } };
  return { $and: [scopeWhere(scope), { neighborhoodId: requireId(neighborhoodId, 'neighborhoodId') }] };
}

@Resolver()
export class AssemblyListResolver {
  @Query(() => OwnersAssemblyConnection, { description: "A neighborhood's owners' assemblies you may read, by meeting time (业主大会会议列表)." })
  async ownersAssemblies(
    @Arg('neighborhoodId', () => ID, { description: 'The neighborhood.' }) neighborhoodId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OwnersAssemblyFilter, { nullable: true, description: 'Conditions the listed items must all meet.' }) filter: OwnersAssemblyFilter | undefined,
    @Ctx() ctx: OwnersContext,
  ): Promise<Page<OwnersAssembly>> {
    const conditions: Record<string, unknown>[] = [await readableIn(ctx, neighborhoodId)];
    if (filter?.status) conditions.push({ status: filter.status });
    if (filter?.meetsFrom) conditions.push({ meetsOn: { $gte: filter.meetsFrom } });
    if (filter?.meetsBefore) conditions.push({ meetsOn: { $lt: filter.meetsBefore } });
    return findPage(ctx.em, OwnersAssembly, { $and: conditions } as FilterQuery<OwnersAssembly>, page, 'meetsOn');
  }

  @Query(() => OwnersMotionConnection, { description: "A neighborhood's motions you may read, in the order they were put (convening time, then id) (表决事项列表)." })
  async ownersMotions(
    @Arg('neighborhoodId', () => ID, { description: 'The neighborhood.' }) neighborhoodId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OwnersMotionFilter, { nullable: true, description: 'Conditions the listed items must all meet.' }) filter: OwnersMotionFilter | undefined,
    @Ctx() ctx: OwnersContext,
  ): Promise<Page<OwnersMotion>> {
    const conditions: Record<string, unknown>[] = [await readableIn(ctx, neighborhoodId)];
    if (filter?.status) conditions.push({ status: filter.status });
    if (filter?.category) conditions.push({ category: filter.category });
    if (filter?.assemblyId) conditions.push({ assemblyId: requireId(filter.assemblyId) });
    return findPage(ctx.em, OwnersMotion, { $and: conditions } as FilterQuery<OwnersMotion>, page, 'recordedAt');
  }
}
