import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeSql, type PropertyScope } from '../access/property-scope.js';
import { SATISFIED_AT_LEAST } from '../request/request-lifecycle.js';
import type { GroupColumn, RequestCounts } from './statistics.loader.js';
import { placeholders } from '../../../platform/orm/sql-placeholders.js';

/** Key: `${groupId}|${from}|${before}` (ISO instants of the half-open period). */
export type PeriodKey = string;

/**
 * Request figures of a period, each counting its own event inside it (one grouped statement per period and tick):
 * `total` requests submitted; `completed` requests whose latest resolution (办结) fell in it and that stand resolved
 * or evaluated; `evaluated`/`satisfied` requests whose latest evaluation fell in it and that stand evaluated. The
 * event times come from the steps (the server clock), read through the (request, at) index.
 */
export function createPeriodRequestCountsLoader(em: EntityManager, scope: () => Promise<PropertyScope>, column: GroupColumn) {
  return new DataLoader<PeriodKey, RequestCounts>(async (keys) => {
    const visible = scopeSql(await scope(), 'r');
    const byPeriod = new Map<string, string[]>();
    for (const key of keys) {
      const [id, from, before] = key.split('|');
      byPeriod.set(`${from}|${before}`, [...(byPeriod.get(`${from}|${before}`) ?? []), id]);
    }
    const results = new Map<string, RequestCounts>();
    for (const [period, ids] of byPeriod) {
      const [from, before] = period.split('|');
      const evaluatedIn = `r.status = 'EVALUATED' and s.evaluated_at >= ?::timestamptz and s.evaluated_at < ?::timestamptz`;
      const rows = await em.getConnection().execute<Record<string, string>[]>(
        `select r.${column} as key,
          count(*) filter (where r.submitted_at >= ?::timestamptz and r.submitted_at < ?::timestamptz) as total,
          count(*) filter (where r.status in ('RESOLVED', 'EVALUATED') and s.resolved_at >= ?::timestamptz and s.resolved_at < ?::timestamptz) as completed,
          count(*) filter (where ${evaluatedIn}) as evaluated,
          count(*) filter (where ${evaluatedIn} and r.satisfaction >= ${SATISFIED_AT_LEAST}) as satisfied,
          coalesce(sum(r.satisfaction) filter (where ${evaluatedIn}), 0) as satisfaction_sum
         from property.service_request r
         left join lateral (
           select max(st.at) filter (where st.action = 'RESOLVE') as resolved_at, max(st.at) filter (where st.action = 'EVALUATE') as evaluated_at
           from property.service_request_step st where st.request_id = r.id
         ) s on true
         where r.${column} in (${placeholders(ids)}) and ${visible.sql}
         group by r.${column}`,
        [from, before, from, before, from, before, from, before, from, before, ...ids, ...visible.params],
      );
      for (const row of rows) {
        results.set(`${row.key}|${period}`, {
          total: Number(row.total),
          completed: Number(row.completed),
          evaluated: Number(row.evaluated),
          satisfied: Number(row.satisfied),
          satisfactionSum: Number(row.satisfaction_sum),
        });
      }
    }
    return keys.map((key) => results.get(key) ?? { total: 0, completed: 0, evaluated: 0, satisfied: 0, satisfactionSum: 0 });
  });
}
