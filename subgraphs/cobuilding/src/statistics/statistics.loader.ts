import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ScopeClause, TABLES } from '../access/cobuilding-scope.js';
import { anyOfSql } from '../../../platform/access/any-of-clause.js';
import { placeholders } from '../../../platform/orm/sql-placeholders.js';
import { CobuildingProjectStatus } from '../project/project-status.js';
import { statisticsPeriod, type CobuildingPeriodInput, type StatisticsPeriod } from './statistics-period.input.js';

export type AreaLevel = 'district' | 'street' | 'community';

/** Co-building figures of one area, counted over what the caller may read there. */
export interface CobuildingAreaStatistics {
  pairings: number;
  projectsByStatus: { status: CobuildingProjectStatus; count: number }[];
  beneficiaries: number;
  wishesPosted: number;
  wishesFulfilled: number;
  volunteerActivities: number;
  serviceHours: string;
}


/** SQL conditions a period puts on each figure (always true without one); its bounds are server-made ISO text. */
function periodSql(period: StatisticsPeriod | undefined) {
  if (!period) return { pairing: 'true', planned: 'true', completed: 'true', posted: 'true', fulfilled: 'true', held: 'true' };
  const within = (column: string) => `(t.${column} >= timestamptz '${period.start}' and t.${column} < timestamptz '${period.end}')`;
  return {
    // In force on some day of the period.
    pairing: `(t.starts_on <= date '${period.toDay}' and t.ends_on >= date '${period.fromDay}')`,
    planned: within('created_at'),
    completed: within('completed_at'),
    posted: within('created_at'),
    fulfilled: within('fulfilled_at'),
    held: `(t.held_on between date '${period.fromDay}' and date '${period.toDay}')`,
  };
}

/**
 * Statistics of many areas of one level in four statements (pairings, projects, wishes, service hours), whatever
 * the number of areas; each figure counts only rows the caller may read. With a period, each figure counts the
 * events within it: pairings in force, projects planned (beneficiaries of projects completed), wishes posted and
 * fulfilled, activities held.
 */
export function createStatisticsLoader(
  em: EntityManager,
  level: AreaLevel,
  scope: { [K in keyof typeof TABLES]: ScopeClause[] },
  period?: StatisticsPeriod,
): DataLoader<string, CobuildingAreaStatistics> {
  const column = `${level}_id`;
  const during = periodSql(period);
  return new DataLoader<string, CobuildingAreaStatistics>(async (keys) => {
    const ids = [...keys];
    const connection = em.getConnection();
    const run = async <R>(sql: string, clauses: ScopeClause[], alias: string) => {
      const where = anyOfSql(clauses, alias);
      return connection.execute<R[]>(sql.replace('$scope', where.sql).replace('$ids', placeholders(ids)), [...ids, ...where.params]);
    };
    const [pairings, projects, wishes, hours] = await Promise.all([
      run<{ area: string; count: string }>(
        `select t.${column} as area, count(*) as count from cobuilding.pairing t where t.${column} in ($ids) and $scope and ${during.pairing} group by t.${column}`,
        scope.pairing,
        't',
      ),
      run<{ area: string; status: CobuildingProjectStatus; count: string; beneficiaries: string | null }>(
        `select t.${column} as area, t.status, count(*) filter (where ${during.planned}) as count, sum(t.beneficiaries) filter (where ${during.completed}) as beneficiaries from cobuilding.project t where t.${column} in ($ids) and $scope group by t.${column}, t.status`,
        scope.project,
        't',
      ),
      run<{ area: string; posted: string; fulfilled: string }>(
        `select t.${column} as area, count(*) filter (where t.status <> 'CANCELLED' and ${during.posted}) as posted, count(*) filter (where t.status in ('FULFILLED', 'CONFIRMED') and ${during.fulfilled}) as fulfilled from cobuilding.micro_wish t where t.${column} in ($ids) and $scope group by t.${column}`,
        scope.wish,
        't',
      ),
      run<{ area: string; activities: string; hours: string | null }>(
        `select t.${column} as area, count(distinct t.id) as activities, sum(case when p.id is null then 0 else t.hours end) as hours from cobuilding.volunteer_activity t left join cobuilding.volunteer_participation p on p.activity_id = t.id where t.${column} in ($ids) and $scope and ${during.held} group by t.${column}`,
        scope.activity,
        't',
      ),
    ]);
    return ids.map((id) => {
      const projectRows = projects.filter((row) => row.area === id);
      const wishRow = wishes.find((row) => row.area === id);
      const hourRow = hours.find((row) => row.area === id);
      return {
        pairings: Number(pairings.find((row) => row.area === id)?.count ?? 0),
        projectsByStatus: Object.values(CobuildingProjectStatus).map((status) => ({
          status,
          count: Number(projectRows.find((row) => row.status === status)?.count ?? 0),
        })),
        beneficiaries: projectRows.reduce((total, row) => total + Number(row.beneficiaries ?? 0), 0),
        wishesPosted: Number(wishRow?.posted ?? 0),
        wishesFulfilled: Number(wishRow?.fulfilled ?? 0),
        volunteerActivities: Number(hourRow?.activities ?? 0),
        serviceHours: formatHours(hourRow?.hours ?? null),
      };
    });
  });
}

/** A numeric sum from Postgres as a Decimal string with one decimal place ("0.0" for none). */
function formatHours(sum: string | null): string {
  if (sum === null) return '0.0';
  const [whole, fraction = ''] = sum.split('.');
  return `${whole}.${(fraction + '0').slice(0, 1)}`;
}

/** The all-time figures per level, and those of a period (one loader per level and period per request); all time without one. */
export function createAreaStatisticsLoaders(em: EntityManager, scope: { [K in keyof typeof TABLES]: ScopeClause[] }) {
  const statistics: Record<AreaLevel, DataLoader<string, CobuildingAreaStatistics>> = {
    district: createStatisticsLoader(em, 'district', scope),
    street: createStatisticsLoader(em, 'street', scope),
    community: createStatisticsLoader(em, 'community', scope),
  };
  const periodLoaders = new Map<string, DataLoader<string, CobuildingAreaStatistics>>();
  const statisticsFor = (level: AreaLevel, input: CobuildingPeriodInput | undefined) => {
    if (!input) return statistics[level];
    const period = statisticsPeriod(input);
    const key = `${level}:${period.key}`;
    if (!periodLoaders.has(key)) periodLoaders.set(key, createStatisticsLoader(em, level, scope, period));
    return periodLoaders.get(key)!;
  };
  return { statistics, statisticsFor };
}
