import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { BackgroundWork } from '../../../platform/federation/subgraph-module.js';
import type { Logger } from '../../../platform/logging/logger.js';
import { eventIdFor, recordEventOnce } from '../../../platform/events/record-event.js';
import type { EventType } from '../../../platform/events/event-types.js';
import { createClockFactsLoader, type PlaceKey } from './statutory-deadline.loader.js';
import { statutoryClocks, StatutoryDeadlineKind, StatutoryDeadlineStatus, type StatutoryClock } from './statutory-clocks.js';
import { startPeriodicPass } from '../../../platform/background/periodic-pass.js';
import { placeholders } from '../../../platform/orm/sql-placeholders.js';

/** Deadlines due within this many days are announced (term expiries from 3 months ahead, as the clocks warn). */
export const DUE_WITHIN_DAYS = 3;

function eventTypeOf(clock: StatutoryClock): EventType {
  if (clock.status === StatutoryDeadlineStatus.OVERDUE) return 'owners.deadline.overdue';
  return clock.kind === StatutoryDeadlineKind.TERM_EXPIRY ? 'owners.committee.term_ending' : 'owners.deadline.due';
}

/**
 * One pass of the scheduled check: every statutory clock of every district that falls due soon or is overdue, as an
 * event, once per clock and state (the event id is derived from them, so later passes add nothing). Returns how
 * many events were new.
 */
export async function announceDeadlines(em: EntityManager): Promise<number> {
  const districts = await em.execute<{ district_id: string }[]>('select distinct district_id from owners.owners_committee');
  if (districts.length === 0) return 0;
  const everywhere = { districtIds: new Set(districts.map((row) => row.district_id)), streetIds: new Set<string>(), communityIds: new Set<string>(), neighborhoodIds: new Set<string>(), publishedOnly: false };
  const facts = createClockFactsLoader(em, async () => everywhere);
  const keys = districts.map((row) => `district_id:${row.district_id}` as PlaceKey);
  const clocks = (await facts.loadMany(keys)).flatMap((result) => (result instanceof Error ? [] : statutoryClocks(result, new Date(), DUE_WITHIN_DAYS)));
  if (clocks.length === 0) return 0;
  const committeeIds = [...new Set(clocks.map((clock) => clock.committeeId))];
  const paths = await em.execute<{ id: string; neighborhood_id: string; community_id: string; street_id: string; district_id: string }[]>(
    `select id, neighborhood_id, community_id, street_id, district_id from owners.owners_committee where id in (${placeholders(committeeIds)})`,
    committeeIds,
  );
  const pathOf = new Map(paths.map((row) => [row.id, { districtId: row.district_id, streetId: row.street_id, communityId: row.community_id, neighborhoodId: row.neighborhood_id }]));
  let created = 0;
  for (const clock of clocks) {
    const type = eventTypeOf(clock);
    const [recordType, recordId] = clock.resolutionId ? ['Resolution', clock.resolutionId] : clock.assemblyId ? ['OwnersAssembly', clock.assemblyId] : ['OwnersCommittee', clock.committeeId];
    const id = eventIdFor(`${type}|${clock.kind}|${recordId}|${clock.dueOn}`);
    if (await recordEventOnce(em, 'owners', id, { type, place: pathOf.get(clock.committeeId)!, recordType, recordId, detail: clock.kind })) created += 1;
  }
  return created;
}

/** Runs the check every `intervalMs` (OWNERS_DEADLINE_CHECK_INTERVAL_MS); replicas may overlap harmlessly. */
export function startDeadlineWatch(orm: MikroORM, intervalMs: number, logger: Logger): BackgroundWork {
  return startPeriodicPass({ intervalMs, logger, failure: 'deadline check failed; will retry', pass: () => announceDeadlines(orm.em.fork() as EntityManager) });
}
