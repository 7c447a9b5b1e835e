import DataLoader from 'dataloader';
import type { FilterQuery } from '@mikro-orm/core';
import { badUserInput, forbidden } from '../../../platform/errors/error-codes.js';
import type { Page, PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import { AREA_LISTS_REFUSED, readsAreaLists, type AreaLevel } from '../access/area-list-access.js';
import { scopeWhere } from '../access/owners-scope.js';
import { OwnersCommittee } from '../committee/owners-committee.entity.js';
import { CommitteeStatus } from '../committee/committee-kinds.js';
import type { OwnersContext } from '../owners.loaders.js';
import type { NeighborhoodKindValue, NeighborhoodStub } from '../stubs/registry.stub.js';
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

const pgArray = (ids: ReadonlySet<string> | readonly string[]) => `{${[...ids].join(',')}}`;

type CountsRow = { area_id: string; assemblies: number; motions: number; resolutions: number; passed: number };

/**
 * Counts for many areas of one level and period in one SQL statement (a street list asking each street's counts
 * costs one statement, not one per street), within the caller's scope.
 */
async function countsOfAreas(ctx: OwnersContext, level: AreaLevel, ids: readonly string[], bounds: [string, string]): Promise<Map<string, CountsRow>> {
  const scope = await ctx.loaders.scope();
  const column = COLUMN[level].sql;
  const scoped = '(district_id = any(?::uuid[]) or street_id = any(?::uuid[]) or community_id = any(?::uuid[]) or neighborhood_id = any(?::uuid[]))';
  const scopeParams = [pgArray(scope.districtIds), pgArray(scope.streetIds), pgArray(scope.communityIds), pgArray(scope.neighborhoodIds)];
  const between = (time: string) => `${time} >= ?::timestamptz and ${time} < ?::timestamptz`;
  const count = (table: string, time: string, extra = '') =>
    `(select count(*) from owners.${table} x where x.${column} = areas.id and ${scoped} ${extra} and ${between(time)})::int`;
  const rows = await ctx.em.execute<CountsRow[]>(
    `select areas.id as area_id,
       ${count('owners_assembly', 'notice_on')} as assemblies,
       ${count('owners_motion', 'recorded_at')} as motions,
       ${count('resolution', 'decided_at', 'and corrects_id is null')} as resolutions,
       ${count('resolution', 'decided_at', "and corrects_id is null and outcome = 'PASSED'")} as passed
     from unnest(?::uuid[]) as areas(id)`,
    [...[0, 1, 2, 3].flatMap(() => [...scopeParams, ...bounds]), pgArray(ids)],
  );
  return new Map(rows.map((row) => [row.area_id, row]));
}

const countLoaders = new WeakMap<OwnersContext, DataLoader<string, CountsRow>>();

/** One loader per request; keys are level, bounds and area id, batched by level and bounds. */
function countLoader(ctx: OwnersContext): DataLoader<string, CountsRow> {
  let loader = countLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader<string, CountsRow>(async (keys) => {
      const parsed = keys.map((key) => JSON.parse(key) as [AreaLevel, string, string, string]);
      const groups = new Map<string, { level: AreaLevel; bounds: [string, string]; ids: string[] }>();
      for (const [level, from, to, id] of parsed) {
        const group = groups.get(JSON.stringify([level, from, to])) ?? { level, bounds: [from, to], ids: [] };
        group.ids.push(id);
        groups.set(JSON.stringify([level, from, to]), group);
      }
      const results = new Map<string, Map<string, CountsRow>>();
      for (const [groupKey, group] of groups) results.set(groupKey, await countsOfAreas(ctx, group.level, group.ids, group.bounds));
      return parsed.map(([level, from, to, id]) => results.get(JSON.stringify([level, from, to]))!.get(id)!);
    });
    countLoaders.set(ctx, loader);
  }
  return loader;
}

/**
 * Counts of the owners' events in the area within the period: assemblies by the day their notice was given, motions
 * by when they were put, original resolutions (not corrections) by when they were decided. Batched (countsOfAreas).
 */
export async function eventCounts(ctx: OwnersContext, area: Area, period: OwnersPeriodInput | undefined): Promise<EventCounts> {
  requireAreaReader(ctx, area);
  const from = period?.from ?? null;
  const to = period?.to ?? null;
  if (from && to && from >= to) throw badUserInput('period.from must be before period.to.', { field: 'period' });
  const row = await countLoader(ctx).load(JSON.stringify([area.level, from ? from.toISOString() : '-infinity', to ? to.toISOString() : 'infinity', area.id]));
  return { from, to, assembliesConvened: row.assemblies, motionsPut: row.motions, resolutionsDecided: row.resolutions, resolutionsPassed: row.passed };
}
