import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { PageArgs, type Page } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import { ownerPersonOf } from '../ballot/ballot.access.js';
import type { OwnersContext } from '../owners.loaders.js';
import { OwnersBallot } from '../ballot/owners-ballot.entity.js';
import { OwnersBallotConnection } from './my-ballots.type.js';

/**
 * The ballots of units the person owns in the electorate each ballot's assembly was convened with (their own
 * ballots, whoever entered them: the owner, or the committee on paper or by proxy). One statement for the ids.
 */
async function ownBallotIds(ctx: OwnersContext, personId: string): Promise<string[]> {
  const rows = await ctx.em.execute<{ id: string }[]>(
    `select b.id from owners.owners_ballot b
       join owners.owners_motion m on m.id = b.motion_id
       join owners.owners_assembly a on a.id = m.assembly_id
       join owners.electorate_snapshot e on e.id = a.electorate_id
      where e.units @> ?::jsonb
        and e.units @> jsonb_build_array(jsonb_build_object('unitId', b.unit_id::text, 'ownerIds', jsonb_build_array(?::text)))`,
    [JSON.stringify([{ ownerIds: [personId] }]), personId],
  );
  return rows.map((row) => row.id);
}

@Resolver()
export class MyBallotsResolver {
  @Query(() => OwnersBallotConnection, {
    description:
      "Your own ballots (我的表决票): those of units you own in each assembly's electorate, cast by you or entered for you (paper, proxy), by when they were recorded. Residents only.",
  })
  async myOwnersBallots(
    @Arg('neighborhoodId', () => ID, { nullable: true, description: 'Only ballots in this neighborhood (小区).' }) neighborhoodId: string | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: OwnersContext,
  ): Promise<Page<OwnersBallot>> {
    const personId = ownerPersonOf(ctx.caller);
    if (!personId) throw forbidden('Only a resident reads their own ballots here; offices read a motion\'s ballots on the motion.');
    const conditions: Record<string, unknown>[] = [{ id: { $in: await ownBallotIds(ctx, personId) } }];
    if (neighborhoodId !== undefined && neighborhoodId !== null) conditions.push({ neighborhoodId: requireId(neighborhoodId, 'neighborhoodId') });
    return findPage(ctx.em, OwnersBallot, { $and: conditions } as FilterQuery<OwnersBallot>, page, 'recordedAt');
  }
}
