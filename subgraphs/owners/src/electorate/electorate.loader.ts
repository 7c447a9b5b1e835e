import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ElectorateSnapshot } from './electorate-snapshot.entity.js';

/**
 * The electorate in force of each neighborhood: the snapshot of its latest capture (a roster that went back to an
 * earlier state counts against that earlier snapshot again). One statement per batch, once per request.
 */
const loaders = new WeakMap<EntityManager, DataLoader<string, ElectorateSnapshot | null>>();

export function electorateInForceLoader(em: EntityManager): DataLoader<string, ElectorateSnapshot | null> {
  let loader = loaders.get(em);
  if (!loader) {
    loader = new DataLoader<string, ElectorateSnapshot | null>(async (neighborhoodIds) => {
      const rows = await em.execute<{ neighborhood_id: string; snapshot_id: string }[]>(
        `select distinct on (neighborhood_id) neighborhood_id, snapshot_id from owners.electorate_capture
          where neighborhood_id = any(?::uuid[]) order by neighborhood_id, recorded_at desc, id desc`,
        [`{${neighborhoodIds.join(',')}}`],
      );
      const snapshots = rows.length ? await em.find(ElectorateSnapshot, { id: { $in: rows.map((row) => row.snapshot_id) } }) : [];
      const byId = new Map(snapshots.map((snapshot) => [snapshot.id, snapshot]));
      const inForce = new Map(rows.map((row) => [row.neighborhood_id, byId.get(row.snapshot_id) ?? null]));
      return neighborhoodIds.map((id) => inForce.get(id) ?? null);
    });
    loaders.set(em, loader);
  }
  return loader;
}
