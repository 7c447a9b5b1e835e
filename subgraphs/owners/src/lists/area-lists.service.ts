import type { FilterQuery } from '@mikro-orm/core';
import { badUserInput, forbidden } from '../../../platform/errors/error-codes.js';
import type { Page, PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import { AREA_LISTS_REFUSED, readsAreaLists, type AreaLevel } from '../access/area-list-access.js';
import { scopeWhere } from '../access/owners-scope.js';
import { OwnersCommittee } from '../committee/owners-committee.entity.js';
import { CommitteeStatus } from '../owners-enums.js';
import type { OwnersContext } from '../owners.loaders.js';
import type { NeighborhoodStub } from '../stubs/foreign.stub.js';
import type { NeighborhoodKindValue } from '../stubs/place.stub.js';
import { pageOfSorted } from './in-memory-page.js';
import type { OwnersPeriodInput } from './area-lists.input.js';

const COLUMN: Record<AreaLevel, { property: 'districtId' | 'streetId' | 'communityId'; sql: string }> = {
  DISTRICT: { property: 'districtId', sql: 'district_id' },
  STREET: { property: 'streetId', sql: 'street_id' },
  COMMUNITY: { property: 'communityId', sql: 'community_id' },
};

export interface Area {
  level: AreaLevel;
  id: string;
}

function requireAreaReader(ctx: OwnersContext, area: Area): void {
  if (!readsAreaLists(ctx.caller, area.level, area.id)) throw forbidden(AREA_LISTS_REFUSED);
}

/**
 * The area's neighborhoods (as the registry gave them, already narrowed to what the caller may read) that have no
 * owners' committee in office, by id. One batched statement for all their committees.
 */
export async function neighborhoodsWithoutCommittee(
  ctx: OwnersContext,
  area: Area,
  neighborhoods: readonly NeighborhoodStub[],
  kind: NeighborhoodKindValue | undefined,
  page: PageArgs,
): Promise<Page<NeighborhoodStub>> {
  requireAreaReader(ctx, area);
  const candidates = kind ? neighborhoods.filter((neighborhood) => neighborhood.kind === kind) : [...neighborhoods];
  const committees = await ctx.loaders.activeCommitteesOfNeighborhood.loadMany(candidates.map((neighborhood) => neighborhood.id));
  const without = candidates.filter((_, index) => {
    const found = committees[index];
    return !(found instanceof Error) && found.length === 0;
  });
  return pageOfSorted(without, page, (neighborhood) => neighborhood.id);
}

export const MAX_WITHIN_DAYS = 366;

/** Committees in office whose term ends within `withinDays` (or has ended with no successor), earliest first. */
export async function committeesDueForReElection(ctx: OwnersContext, area: Area, withinDays: number, page: PageArgs): Promise<Page<OwnersCommittee>> {
  requireAreaReader(ctx, area);
  if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > MAX_WITHIN_DAYS) {
    throw badUserInput(`withinDays must be a whole number from 0 to ${MAX_WITHIN_DAYS}.`, { field: 'withinDays' });
  }
  const until = new Date(ctx.clock.now().getTime() + withinDays * 24 * 3600 * 1000);
  const where = {
    $and: [{ status: CommitteeStatus.ACTIVE, [COLUMN[area.level].property]: area.id, termEndsOn: { $lte: until } }, scopeWhere(await ctx.loaders.scope())],
  } as FilterQuery<OwnersCommittee>;
  return findPage(ctx.em, OwnersCommittee, where, page, 'termEndsOn');
}

export interface EventCounts {
  from: Date | null;
  to: Date | null;
  assembliesConvened: number;
  motionsPut: number;
  resolutionsDecided: number;
  resolutionsPassed: number;
}

const pgArray = (ids: ReadonlySet<string>) => `{${[...ids].join(',')}}`;

/**
 * Counts of the owners' events in the area within the period, in one SQL statement: assemblies by the day their
 * notice was given, motions by when they were put, original resolutions (not corrections) by when they were decided.
 */
export async function eventCounts(ctx: OwnersContext, area: Area, period: OwnersPeriodInput | undefined): Promise<EventCounts> {
  requireAreaReader(ctx, area);
  const from = period?.from ?? null;
  const to = period?.to ?? null;
  if (from && to && from >= to) throw badUserInput('period.from must be before period.to.', { field: 'period' });
  const scope = await ctx.loaders.scope();
  const column = COLUMN[area.level].sql;
  const where = `${column} = ?::uuid and (district_id = any(?::uuid[]) or street_id = any(?::uuid[]) or community_id = any(?::uuid[]) or neighborhood_id = any(?::uuid[]))`;
  const params = [area.id, pgArray(scope.districtIds), pgArray(scope.streetIds), pgArray(scope.communityIds), pgArray(scope.neighborhoodIds)];
  const between = (time: string) => `${time} >= ?::timestamptz and ${time} < ?::timestamptz`;
  const bounds = [from ? from.toISOString() : '-infinity', to ? to.toISOString() : 'infinity'];
  const [row] = await ctx.em.execute<{ assemblies: number; motions: number; resolutions: number; passed: number }[]>(
    `select
       (select count(*) from owners.owners_assembly where ${where} and ${between('notice_on')})::int as assemblies,
       (select count(*) from owners.owners_motion where ${where} and ${between('recorded_at')})::int as motions,
       (select count(*) from owners.resolution where ${where} and corrects_id is null and ${between('decided_at')})::int as resolutions,
       (select count(*) from owners.resolution where ${where} and corrects_id is null and outcome = 'PASSED' and ${between('decided_at')})::int as passed`,
    [...params, ...bounds, ...params, ...bounds, ...params, ...bounds, ...params, ...bounds],
  );
  return { from, to, assembliesConvened: row.assemblies, motionsPut: row.motions, resolutionsDecided: row.resolutions, resolutionsPassed: row.passed };
}
