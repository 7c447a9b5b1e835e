import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { OwnersScope } from '../access/owners-scope.js';
import { anyOfSql } from '../../../platform/access/any-of-clause.js';
import { reachClauses } from '../../../platform/access/place-reach.js';
import type { ClockFacts } from './statutory-clocks.js';

/** The place columns of owners records a clock query can be keyed on. */
export type PlaceColumn = 'district_id' | 'street_id' | 'community_id' | 'neighborhood_id';

/** A place whose clocks are asked for: `${column}:${id}`. */
export type PlaceKey = `${PlaceColumn}:${string}`;

/** `(x.col in (…) or …)` over the columns listed with ids, with its parameters; `false` when nothing is listed. */
function anyOf(alias: string, lists: [PlaceColumn, readonly string[]][]): [string, string[]] {
  const { sql, params } = anyOfSql(lists.filter(([, ids]) => ids.length > 0).map(([column, ids]) => ({ column, ids })), alias);
  return [sql, params];
}

type Row = { id: string; committee_id: string; neighborhood_id: string; district_id: string; street_id: string; community_id: string };

/**
 * The stored dates the statutory clocks of many places derive from, restricted to the caller's scope: three
 * statements for all places of one tick (committees in office, assemblies not yet noticed, unpublished resolutions).
 */
export function createClockFactsLoader(em: EntityManager, scope: () => Promise<OwnersScope>): DataLoader<PlaceKey, ClockFacts> {
  return new DataLoader<PlaceKey, ClockFacts>(async (keys) => {
    const wanted = new Map<PlaceColumn, string[]>();
    for (const key of keys) {
      const [column, id] = key.split(':') as [PlaceColumn, string];
      wanted.set(column, [...(wanted.get(column) ?? []), id]);
    }
    const [placeSql, placeParams] = anyOf('x', [...wanted]);
    const { sql: scopeSql, params: scopeParams } = anyOfSql(reachClauses(await scope()), 'x');
    const where = `${placeSql} and ${scopeSql}`;
    const params = [...placeParams, ...scopeParams];
    const columns = 'x.neighborhood_id, x.community_id, x.street_id, x.district_id';
    const [committees, assemblies, resolutions] = [
      await em.execute<(Row & { elected_on: Date; term_ends_on: Date; filed_on: Date | null })[]>(
        `select x.id, x.id as committee_id, ${columns}, x.elected_on, x.term_ends_on, x.filed_on
           from owners.owners_committee x where x.status = 'ACTIVE' and ${where}`,
        params,
      ),
      // Assemblies whose notice day is still to come (the clock closes on the notice day).
      await em.execute<(Row & { notice_on: Date; meets_on: Date })[]>(
        `select x.id, x.committee_id, ${columns}, x.notice_on, x.meets_on
           from owners.owners_assembly x where x.committee_id is not null and x.notice_on >= date_trunc('day', now() at time zone 'utc') at time zone 'utc' and ${where}`,
        params,
      ),
      await em.execute<(Row & { decided_at: Date })[]>(
        `select x.id, a.committee_id, ${columns}, x.decided_at
           from owners.resolution x
           join owners.owners_motion m on m.id = x.motion_id
           join owners.owners_assembly a on a.id = m.assembly_id
          where a.committee_id is not null and not exists (select 1 from owners.resolution_publication p where p.resolution_id = x.id) and ${where}`,
        params,
      ),
    ];
    const at = (value: Date | string) => new Date(value);
    return keys.map((key) => {
      const [column, id] = key.split(':') as [PlaceColumn, string];
      const here = (row: Row) => row[column] === id;
      return {
        committees: committees.filter(here).map((row) => ({
          committeeId: row.id,
          neighborhoodId: row.neighborhood_id,
          electedOn: at(row.elected_on),
          termEndsOn: at(row.term_ends_on),
          filedOn: row.filed_on ? at(row.filed_on) : null,
          inOffice: true,
        })),
        assemblies: assemblies.filter(here).map((row) => ({
          assemblyId: row.id,
          committeeId: row.committee_id,
          neighborhoodId: row.neighborhood_id,
          noticeOn: at(row.notice_on),
          meetsOn: at(row.meets_on),
        })),
        resolutions: resolutions.filter(here).map((row) => ({
          resolutionId: row.id,
          committeeId: row.committee_id,
          neighborhoodId: row.neighborhood_id,
          decidedAt: at(row.decided_at),
          published: false,
        })),
      };
    });
  });
}
