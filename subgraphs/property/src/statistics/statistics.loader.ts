import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeSql, type PropertyScope } from '../access/property-scope.js';
import { activeOnSql } from '../contract/active-contract.filter.js';
import { SATISFIED_AT_LEAST } from '../request/request-lifecycle.js';
import { placeholders } from '../../../platform/orm/sql-placeholders.js';

/** Raw request counts for one group (a neighborhood, a company or an area). */
export interface RequestCounts {
  total: number;
  completed: number;
  evaluated: number;
  satisfied: number;
  satisfactionSum: number;
}

export interface ContractCounts {
  coveredNeighborhoods: number;
  companies: number;
  companiesWithPartyOrganization: number;
}

export interface FeeSums {
  billedCents: bigint;
  collectedCents: bigint;
}

/** Columns a group may be keyed by: only these names ever reach the SQL text. */
export type GroupColumn = 'neighborhood_id' | 'community_id' | 'street_id' | 'district_id' | 'company_id';

const EMPTY_REQUESTS: RequestCounts = { total: 0, completed: 0, evaluated: 0, satisfied: 0, satisfactionSum: 0 };

/** Per-request loader of request counts by group: one grouped statement for every key asked in one tick. */
export function createRequestCountsLoader(em: EntityManager, scope: () => Promise<PropertyScope>, column: GroupColumn) {
  return new DataLoader<string, RequestCounts>(async (keys) => {
    const visible = scopeSql(await scope(), 'r');
    const rows = await em.getConnection().execute<Record<string, string>[]>(
      `select r.${column} as key, count(*) as total,
        count(*) filter (where r.status in ('RESOLVED', 'EVALUATED')) as completed,
        count(*) filter (where r.status = 'EVALUATED') as evaluated,
        count(*) filter (where r.status = 'EVALUATED' and r.satisfaction >= ${SATISFIED_AT_LEAST}) as satisfied,
        coalesce(sum(r.satisfaction) filter (where r.status = 'EVALUATED'), 0) as satisfaction_sum
       from property.service_request r
       where r.${column} in (${placeholders(keys)}) and ${visible.sql}
       group by r.${column}`,
      [...keys, ...visible.params],
    );
    const byKey = new Map(
      rows.map((row) => [
        row.key,
        {
          total: Number(row.total),
          completed: Number(row.completed),
          evaluated: Number(row.evaluated),
          satisfied: Number(row.satisfied),
          satisfactionSum: Number(row.satisfaction_sum),
        },
      ]),
    );
    return keys.map((key) => byKey.get(key) ?? EMPTY_REQUESTS);
  });
}

/** Per-request loader of active-contract coverage by area: one grouped statement per tick. */
export function createContractCountsLoader(em: EntityManager, scope: () => Promise<PropertyScope>, column: GroupColumn, day: string) {
  return new DataLoader<string, ContractCounts>(async (keys) => {
    const visible = scopeSql(await scope(), 'c');
    const rows = await em.getConnection().execute<Record<string, string>[]>(
      `select c.${column} as key, count(distinct c.neighborhood_id) as covered, count(distinct c.company_id) as companies,
        count(distinct c.company_id) filter (where pc.party_organization_id is not null) as red
       from property.service_contract c join property.property_company pc on pc.id = c.company_id
       where c.${column} in (${placeholders(keys)}) and ${activeOnSql('c')} and ${visible.sql}
       group by c.${column}`,
      [...keys, day, day, ...visible.params],
    );
    const byKey = new Map(
      rows.map((row) => [row.key, { coveredNeighborhoods: Number(row.covered), companies: Number(row.companies), companiesWithPartyOrganization: Number(row.red) }]),
    );
    return keys.map((key) => byKey.get(key) ?? { coveredNeighborhoods: 0, companies: 0, companiesWithPartyOrganization: 0 });
  });
}

/** Per-request loader of fee sums by group and year (key: `${id}|${year}`): one grouped statement per tick. */
export function createFeeSumsLoader(em: EntityManager, scope: () => Promise<PropertyScope>, column: GroupColumn) {
  return new DataLoader<string, FeeSums>(async (keys) => {
    const visible = scopeSql(await scope(), 'f');
    const pairs = keys.map((key) => key.split('|'));
    const rows = await em.getConnection().execute<Record<string, string>[]>(
      `select f.${column} as key, f.year as year, sum(f.billed) * 100 as billed, sum(f.collected) * 100 as collected
       from property.fee_collection f
       where (f.${column}, f.year) in (${pairs.map(() => '(?::uuid, ?::int)').join(', ')}) and ${visible.sql}
       group by f.${column}, f.year`,
      [...pairs.flat(), ...visible.params],
    );
    const byKey = new Map(
      rows.map((row) => [`${row.key}|${row.year}`, { billedCents: BigInt(String(row.billed).split('.')[0]), collectedCents: BigInt(String(row.collected).split('.')[0]) }]),
    );
    return keys.map((key) => byKey.get(key) ?? { billedCents: 0n, collectedCents: 0n });
  });
}

const GROUP_COLUMNS: GroupColumn[] = ['neighborhood_id', 'community_id', 'street_id', 'district_id', 'company_id'];

/** One loader (or anything) per group column. */
export function byGroupColumn<T>(make: (column: GroupColumn) => T): Record<GroupColumn, T> {
  return Object.fromEntries(GROUP_COLUMNS.map((column) => [column, make(column)])) as Record<GroupColumn, T>;
}
