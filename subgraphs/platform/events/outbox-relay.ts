import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logging/logger.js';
import type { StatementKeys } from '../access/signed-statement.js';
import type { EventEnvelope } from './event-envelope.js';
import { EVENT_BATCH_SIGNATURE_HEADER, signEventBatch } from './relay-signature.js';
import { placeholders } from '../orm/sql-placeholders.js';
import { startPeriodicPass, type PeriodicPass } from '../background/periodic-pass.js';

export interface OutboxRelayOptions {
  orm: MikroORM;
  /** The subgraph: its Postgres schema and the source name on its events. */
  source: string;
  schema: string;
  /** The notifications service's event intake, e.g. http://127.0.0.1:4006/events. */
  intakeUrl: string;
  /** This subgraph's own signing key (its batches are signed with it, and with nothing shared). */
  statementKeys: StatementKeys;
  logger: Logger;
  intervalMs: number;
  batchSize?: number;
}

export interface OutboxRelay extends Pick<PeriodicPass<number>, 'nudge' | 'pause' | 'resume' | 'stop'> {
  /** Relays what is committed now; resolves with how many events went out (0 if another replica holds the turn). */
  relayOnce(): Promise<number>;
}

interface OutboxRow {
  id: string;
  type: string;
  occurred_at: Date;
  district_id: string;
  street_id: string | null;
  community_id: string | null;
  neighborhood_id: string | null;
  record_type: string;
  record_id: string;
  matter_id: string | null;
  organization_id: string | null;
  detail: string | null;
}

/** How soon, and how many times in a row, a relay that found another replica relaying looks again. */
const BUSY_RETRY_MS = 50;
const BUSY_LOOKS = 3;

/**
 * Forwards a subgraph's committed outbox rows, oldest first, to the notifications service, and marks them relayed
 * only after it answered 2xx (it stores events idempotently by id, so a crash between the two sends an event again,
 * never loses it). Replicas take turns through a transaction-scoped advisory lock: one relays at a time, which
 * keeps each subgraph's events in commit order; the rows are also locked (FOR UPDATE SKIP LOCKED) so that no two
 * relays ever hold the same event. The service nudges it after each mutation it served, so events leave when they
 * commit; the timer relays what other replicas or a failed pass left.
 */
export function startOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const { orm, schema, logger } = options;
  const batchSize = options.batchSize ?? 100;
  let busyLooks = 0;

  async function relayBatch(): Promise<number> {
    return orm.em.fork().transactional(async (tx) => {
      const [turn] = await tx.execute<{ taken: boolean }[]>(`select pg_try_advisory_xact_lock(hashtext(?)) as taken`, [`${schema}.event_outbox`]);
      if (!turn.taken) {
        // Another replica is relaying, and may have read before what this one was nudged for committed: look again
        // soon, a few times (a replica stuck on an unanswering intake is left to the timer).
        if (busyLooks++ < BUSY_LOOKS) setTimeout(() => periodic.nudge(), BUSY_RETRY_MS).unref();
        return 0;
      }
      busyLooks = 0;
      const rows = await tx.execute<OutboxRow[]>(
        `select * from "${schema}"."event_outbox" where relayed_at is null order by seq limit ? for update skip locked`,
        [batchSize],
      );
      if (rows.length === 0) return 0;
      const events: EventEnvelope[] = rows.map((row) => ({
        id: row.id,
        type: row.type,
        source: options.source,
        occurredAt: new Date(row.occurred_at).toISOString(),
        place: { districtId: row.district_id, streetId: row.street_id, communityId: row.community_id, neighborhoodId: row.neighborhood_id },
        recordType: row.record_type,
        recordId: row.record_id,
        matterId: row.matter_id,
        organizationId: row.organization_id,
        detail: row.detail,
      }));
      const body = JSON.stringify({ source: options.source, events });
      const response = await fetch(options.intakeUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [EVENT_BATCH_SIGNATURE_HEADER]: signEventBatch(body, options.statementKeys) },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`the notifications service answered ${response.status}`);
      await tx.execute(`update "${schema}"."event_outbox" set relayed_at = now() where id in (${placeholders(rows)})`, rows.map((row) => row.id));
      return rows.length;
    });
  }

  const periodic = startPeriodicPass({
    intervalMs: options.intervalMs,
    logger,
    failure: 'event relay failed; will retry',
    pass: async () => {
      let total = 0;
      for (;;) {
        const sent = await relayBatch();
        total += sent;
        if (sent < batchSize) return total;
      }
    },
  });
  return { relayOnce: periodic.runOnce, nudge: periodic.nudge, pause: periodic.pause, resume: periodic.resume, stop: periodic.stop };
}
