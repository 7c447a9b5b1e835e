import type { FilterQuery } from '@mikro-orm/core';
import type { PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { wishWallHomeNeighborhoods } from '../access/record-changes.access.js';
import { MicroWish } from './micro-wish.entity.js';
import { MicroWishStatus } from './wish-status.js';
import type { OpenMicroWishFilter } from './wish-wall.input.js';
import { placeholders } from '../../../platform/orm/sql-placeholders.js';

const CHINA_OFFSET_MS = 8 * 3600_000;
/** The first instant of a China-calendar day, and of the day after it. */
const dayStart = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - CHINA_OFFSET_MS);
const nextDayStart = (day: string) => new Date(dayStart(day).getTime() + 86_400_000);

/**
 * The communities of a resident's home neighborhoods, as this subgraph knows them (from its own rows: the registry is
 * never asked). A resident browses the wish walls of those communities.
 */
async function homeCommunities(ctx: CobuildingContext, neighborhoodIds: readonly string[]): Promise<string[]> {
  if (neighborhoodIds.length === 0) return [];
  const marks = placeholders(neighborhoodIds);
  const rows = await ctx.em.getConnection().execute<{ community_id: string }[]>(
    `select community_id from cobuilding.micro_wish where neighborhood_id in (${marks})
     union select community_id from cobuilding.pairing where neighborhood_id in (${marks})
     union select community_id from cobuilding.need where neighborhood_id in (${marks})`,
    [...neighborhoodIds, ...neighborhoodIds, ...neighborhoodIds],
  );
  return rows.map((row) => row.community_id);
}

/** Open wishes on the wall, longest waiting first: a resident's home communities; everyone else what they may read. */
export async function findOpenWishes(ctx: CobuildingContext, page: PageArgs, filter: OpenMicroWishFilter | undefined) {
  const home = wishWallHomeNeighborhoods(ctx.caller);
  const wall: FilterQuery<MicroWish> = home ? { communityId: { $in: await homeCommunities(ctx, home) } } : ctx.loaders.visible<MicroWish>('wish');
  const where = {
    $and: [
      { status: MicroWishStatus.OPEN },
      wall,
      filter?.communityId ? { communityId: filter.communityId.toLowerCase() } : {},
      filter?.neighborhoodId ? { neighborhoodId: filter.neighborhoodId.toLowerCase() } : {},
      filter?.titleContains ? { title: { $ilike: `%${escapeLike(filter.titleContains.trim())}%` } } : {},
      filter?.postedFrom ? { createdAt: { $gte: dayStart(filter.postedFrom) } } : {},
      filter?.postedTo ? { createdAt: { $lt: nextDayStart(filter.postedTo) } } : {},
    ],
  } as FilterQuery<MicroWish>;
  return findPage(ctx.em, MicroWish, where, page, 'createdAt');
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
