import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MatterStageCounts } from '../../../platform/governance/matter-stage-facts.js';
import { PropertyPost } from '../staff/property-post.entity.js';
import type { ServiceRequestStatus } from '../request/request-kinds.js';
import { isPostActiveOn, recusalsAmong, serviceFacts, type RecusalFlag } from './governance.rules.js';
import { matterServiceCount, type MatterServiceCount } from '../../../platform/governance/matter-service-count.js';
import { placeholders } from '../../../platform/orm/sql-placeholders.js';

/**
 * The facts of many matters at once: one grouped statement counting their linked requests by state. Counts every
 * linked request whatever the caller may read (the field is @inaccessible: only the gateway asks, for the party
 * subgraph to derive the matter's stage).
 */
export function createMatterFactsLoader(em: EntityManager): DataLoader<string, MatterStageCounts> {
  return new DataLoader<string, MatterStageCounts>(async (matterIds) => {
    const rows = await em.getConnection().execute<{ matter: string; status: ServiceRequestStatus; total: string }[]>(
      `select r.governance_matter_id as matter, r.status, count(*) as total from property.service_request r
       where r.governance_matter_id in (${placeholders(matterIds)})
       group by r.governance_matter_id, r.status`,
      [...matterIds],
    );
    const counts = new Map<string, Map<ServiceRequestStatus, number>>();
    for (const row of rows) {
      const byStatus = counts.get(row.matter) ?? new Map<ServiceRequestStatus, number>();
      byStatus.set(row.status, Number(row.total));
      counts.set(row.matter, byStatus);
    }
    return matterIds.map((id) => serviceFacts(counts.get(id) ?? new Map()));
  });
}

/** Who should recuse (回避) from one motion or meeting: the persons deciding, and the companies concerned. */
export interface RecusalKey {
  personIds: readonly string[];
  companyIds: readonly string[];
}

/**
 * Recusal flags of many motions and meetings at once: one statement loads the posts held today by any of the
 * persons in any of the companies, then each key keeps its own.
 */
export function createRecusalLoader(em: EntityManager, day: string): DataLoader<RecusalKey, RecusalFlag[], string> {
  return new DataLoader<RecusalKey, RecusalFlag[], string>(
    async (keys) => {
      const personIds = [...new Set(keys.flatMap((key) => key.personIds))];
      const companyIds = [...new Set(keys.flatMap((key) => key.companyIds))];
      const posts = personIds.length && companyIds.length
        ? await em.find(PropertyPost, {
            personId: { $in: personIds },
            companyId: { $in: companyIds },
            startsOn: { $lte: day },
            $or: [{ endsOn: null }, { endsOn: { $gt: day } }],
          })
        : [];
      const active = posts.filter((post) => isPostActiveOn(post, day));
      return keys.map((key) => recusalsAmong(key.personIds, key.companyIds, active));
    },
    { cacheKeyFn: (key) => JSON.stringify([key.personIds, key.companyIds]) },
  );
}

/**
 * The service facts of every governance matter with requests in each of many areas of one level (`column`), in one
 * grouped statement. Like `createMatterFactsLoader`, it counts every linked request whoever asks: the field it feeds
 * is @inaccessible, for the party subgraph's count of matters carried to completion (an aggregate).
 */
export function createAreaMatterFactsLoader(em: EntityManager, column: 'community_id' | 'street_id' | 'district_id'): DataLoader<string, MatterServiceCount[]> {
  return new DataLoader<string, MatterServiceCount[]>(async (areaIds) => {
    const rows = await em.getConnection().execute<{ area: string; matter: string; status: ServiceRequestStatus; total: string }[]>(
      `select r.${column} as area, r.governance_matter_id as matter, r.status, count(*) as total from property.service_request r
       where r.governance_matter_id is not null and r.${column} in (${placeholders(areaIds)})
       group by r.${column}, r.governance_matter_id, r.status order by r.governance_matter_id`,
      [...areaIds],
    );
    const byArea = new Map<string, Map<string, Map<ServiceRequestStatus, number>>>();
    for (const row of rows) {
      const matters = byArea.get(row.area) ?? new Map<string, Map<ServiceRequestStatus, number>>();
      const byStatus = matters.get(row.matter) ?? new Map<ServiceRequestStatus, number>();
      byStatus.set(row.status, Number(row.total));
      matters.set(row.matter, byStatus);
      byArea.set(row.area, matters);
    }
    return areaIds.map((id) => [...(byArea.get(id) ?? new Map<string, Map<ServiceRequestStatus, number>>())].map(([matter, counts]) => matterServiceCount(matter, serviceFacts(counts))));
  });
}
