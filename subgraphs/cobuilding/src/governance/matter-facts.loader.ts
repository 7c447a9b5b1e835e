import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MatterStageCounts } from '../../../platform/governance/matter-stage-facts.js';
import type { CobuildingProjectStatus } from '../project/project-status.js';
import { matterFactsFromCounts } from './matter-facts.js';
import { matterServiceCount, type MatterServiceCount } from '../../../platform/governance/matter-service-count.js';
import { placeholders } from '../../../platform/orm/sql-placeholders.js';

/**
 * The facts of many governance matters in one statement (projects grouped by matter and status). They count every
 * linked project whoever asks: the field is @inaccessible, read by the gateway alone for the party subgraph.
 */
export function createMatterFactsLoader(em: EntityManager): DataLoader<string, MatterStageCounts> {
  return new DataLoader<string, MatterStageCounts>(async (keys) => {
    const ids = [...keys];
    const rows = await em
      .getConnection()
      .execute<{ matter: string; status: CobuildingProjectStatus; count: string }[]>(
        `select governance_matter_id as matter, status, count(*) as count from cobuilding.project where governance_matter_id in (${placeholders(ids)}) group by governance_matter_id, status`,
        ids,
      );
    return ids.map((id) => matterFactsFromCounts(rows.filter((row) => row.matter === id).map((row) => ({ status: row.status, count: Number(row.count) }))));
  });
}

/**
 * The facts of every governance matter with projects in each of many areas of one level (`column`), in one grouped
 * statement. Counts every linked project whoever asks: it feeds an @inaccessible field, for the party subgraph's
 * count of matters carried to completion (an aggregate).
 */
export function createAreaMatterFactsLoader(em: EntityManager, column: 'community_id' | 'street_id' | 'district_id'): DataLoader<string, MatterServiceCount[]> {
  return new DataLoader<string, MatterServiceCount[]>(async (keys) => {
    const ids = [...keys];
    const rows = await em
      .getConnection()
      .execute<{ area: string; matter: string; status: CobuildingProjectStatus; count: string }[]>(
        `select ${column} as area, governance_matter_id as matter, status, count(*) as count from cobuilding.project
         where governance_matter_id is not null and ${column} in (${placeholders(ids)})
         group by ${column}, governance_matter_id, status order by governance_matter_id`,
        ids,
      );
    const byArea = new Map<string, Map<string, { status: CobuildingProjectStatus; count: number }[]>>();
    for (const row of rows) {
      const matters = byArea.get(row.area) ?? new Map<string, { status: CobuildingProjectStatus; count: number }[]>();
      matters.set(row.matter, [...(matters.get(row.matter) ?? []), { status: row.status, count: Number(row.count) }]);
      byArea.set(row.area, matters);
    }
    return ids.map((id) => [...(byArea.get(id) ?? new Map<string, { status: CobuildingProjectStatus; count: number }[]>())].map(([matter, counts]) => matterServiceCount(matter, matterFactsFromCounts(counts))));
  });
}
