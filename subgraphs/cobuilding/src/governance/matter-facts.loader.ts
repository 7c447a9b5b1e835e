import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MatterStageCounts } from '../../../platform/governance/matter-stage-facts.js';
import type { CobuildingProjectStatus } from '../project/project-status.js';
import { matterFactsFromCounts } from './matter-facts.js';

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
        `select governance_matter_id as matter, status, count(*) as count from cobuilding.project where governance_matter_id in (${ids.map(() => '?').join(', ')}) group by governance_matter_id, status`,
        ids,
      );
    return ids.map((id) => matterFactsFromCounts(rows.filter((row) => row.matter === id).map((row) => ({ status: row.status, count: Number(row.count) }))));
  });
}
