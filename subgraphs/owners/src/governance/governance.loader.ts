import DataLoader from 'dataloader';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MatterStageCounts } from '../../../platform/governance/matter-stage-facts.js';
import { scopeWhere, type OwnersScope } from '../access/owners-scope.js';
import type { MotionStatus } from '../assembly/assembly-kinds.js';
import { Resolution } from '../resolution/resolution.entity.js';
import type { ResolutionOutcome } from '../resolution/resolution-outcome.js';
import { keepPublished } from '../resolution/resolution.loader.js';
import { motionFacts } from './motion-facts.js';
import { placeholders } from '../../../platform/orm/sql-placeholders.js';

/** The owners' facts of each governance matter, over every motion linked to it whoever asks (one statement per batch). */
export function createFactsOfMatterLoader(em: EntityManager): DataLoader<string, MatterStageCounts> {
  return new DataLoader(async (matterIds) => {
    const rows = await em.execute<{ matter_id: string; status: MotionStatus; outcome: ResolutionOutcome | null }[]>(
      `select m.governance_matter_id as matter_id, m.status, r.outcome
         from owners.owners_motion m
         left join lateral (select outcome from owners.resolution where motion_id = m.id order by recorded_at desc, id desc limit 1) r on true
        where m.governance_matter_id in (${placeholders(matterIds)})`,
      [...matterIds],
    );
    return matterIds.map((id) => motionFacts(rows.filter((row) => row.matter_id === id)));
  });
}

/** The resolution in force that adopted a motion of each governance matter (the latest), if the caller may read it. */
export function createAdoptingResolutionOfMatterLoader(em: EntityManager, scope: () => Promise<OwnersScope>): DataLoader<string, Resolution | null> {
  return new DataLoader(async (matterIds) => {
    const adopted = await em.execute<{ matter_id: string; resolution_id: string }[]>(
      `select distinct on (m.governance_matter_id) m.governance_matter_id as matter_id, r.id as resolution_id
         from owners.owners_motion m
         join lateral (select id, outcome, decided_at from owners.resolution where motion_id = m.id order by recorded_at desc, id desc limit 1) r on true
        where m.governance_matter_id in (${placeholders(matterIds)}) and r.outcome = 'PASSED'
        order by m.governance_matter_id, r.decided_at desc`,
      [...matterIds],
    );
    if (adopted.length === 0) return matterIds.map(() => null);
    const readable = await scope();
    const rows = await em.find(Resolution, { $and: [{ id: { $in: adopted.map((row) => row.resolution_id) } }, scopeWhere(readable)] } as FilterQuery<Resolution>);
    const visible = new Map((readable.publishedOnly ? await keepPublished(em, rows) : rows).map((row) => [row.id, row]));
    const byMatter = new Map(adopted.map((row) => [row.matter_id, visible.get(row.resolution_id) ?? null]));
    return matterIds.map((id) => byMatter.get(id) ?? null);
  });
}
