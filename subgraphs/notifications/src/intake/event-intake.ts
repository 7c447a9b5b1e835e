import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Logger } from '../../../platform/logging/logger.js';
import type { EventEnvelope } from '../../../platform/events/event-envelope.js';
import type { StatementKeys } from '../../../platform/access/signed-statement.js';
import { EVENT_BATCH_SIGNATURE_HEADER, verifyEventBatch } from '../../../platform/events/relay-signature.js';
import { EVENT_TYPES, isEventType } from '../../../platform/events/event-types.js';
import { mayReceive } from '../../../platform/events/event-audience.js';
import type { PlaceGrant } from '../../../platform/access/caller.js';
import type { Role } from '../../../platform/access/role.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const uuidOrNull = (value: unknown) => value === null || (typeof value === 'string' && UUID.test(value));

/** Whether an item of a batch from `source` is a well-formed event of a type that source may emit. */
function isValidEvent(event: EventEnvelope, source: string): boolean {
  return (
    typeof event === 'object' && event !== null &&
    UUID.test(event.id) && event.source === source && isEventType(event.type) &&
    (EVENT_TYPES[event.type].sources as readonly string[]).includes(source) &&
    !Number.isNaN(Date.parse(event.occurredAt)) && typeof event.recordType === 'string' && event.recordType.length <= 100 &&
    UUID.test(event.recordId) && uuidOrNull(event.matterId) && uuidOrNull(event.organizationId) &&
    (event.detail === null || (typeof event.detail === 'string' && event.detail.length <= 100)) &&
    typeof event.place === 'object' && event.place !== null && UUID.test(event.place.districtId) &&
    uuidOrNull(event.place.streetId) && uuidOrNull(event.place.communityId) && uuidOrNull(event.place.neighborhoodId)
  );
}

interface ActiveSubscription {
  id: string;
  owner_role: Role;
  owner_organization_id: string | null;
  scope: PlaceGrant;
  event_types: string[];
}

/**
 * Stores a batch of events and queues one delivery per matching active subscription, in one transaction. An event
 * already stored (the relay sent it again) is skipped with its deliveries, so intake is idempotent by event id.
 */
export async function storeEvents(em: EntityManager, events: EventEnvelope[]): Promise<number> {
  return em.fork().transactional(async (tx) => {
    const subscriptions = await tx.execute<ActiveSubscription[]>(
      'select id, owner_role, owner_organization_id, scope, event_types from notifications.webhook_subscription where ended_at is null',
    );
    let stored = 0;
    for (const event of events) {
      const inserted = await tx.execute<{ seq: string }[]>(
        `insert into notifications.notification_event (id, source, type, occurred_at, district_id, street_id, community_id, neighborhood_id,
           record_type, record_id, matter_id, organization_id, detail, body)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing returning seq`,
        [
          event.id, event.source, event.type, event.occurredAt, event.place.districtId, event.place.streetId, event.place.communityId,
          event.place.neighborhoodId, event.recordType, event.recordId, event.matterId, event.organizationId, event.detail, JSON.stringify(event),
        ],
      );
      if (inserted.length === 0) continue;
      stored += 1;
      const receivers = subscriptions.filter(
        (subscription) =>
          subscription.event_types.includes(event.type) &&
          mayReceive({ role: subscription.owner_role, organizationId: subscription.owner_organization_id, grant: subscription.scope }, event),
      );
      for (const subscription of receivers) {
        await tx.execute(
          `insert into notifications.webhook_delivery (id, subscription_id, event_id, event_seq, ordering_key) values (gen_random_uuid(), ?, ?, ?, ?)`,
          [subscription.id, event.id, inserted[0].seq, event.matterId ?? event.recordId],
        );
      }
    }
    return stored;
  });
}

/**
 * POST /events: the subgraphs' relays deliver their outbox here, each batch signed with its source's own Ed25519 key
 * (relay-signature.ts), which this service verifies with that source's public keys and cannot sign with. Anything
 * unsigned, signed by another source's key, altered, stale (over 5 minutes) or malformed is refused whole. After a
 * batch stored new events, `onStored` runs (the delivery worker's nudge).
 */
export function createEventIntake(orm: MikroORM, keys: StatementKeys, logger: Logger, onStored: () => void) {
  return async (req: Request, res: Response) => {
    const raw = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
    let batch: { source?: unknown; events?: unknown } = {};
    try {
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) batch = parsed as typeof batch;
    } catch {
      // refused below: an unreadable body names no source
    }
    const verified = verifyEventBatch(raw, batch.source, req.get(EVENT_BATCH_SIGNATURE_HEADER), keys);
    if (!verified) {
      res.status(401).json({ error: "The batch is not signed with its source's key, or the signature is older than five minutes." });
      return;
    }
    const source = verified;
    const events = batch.events;
    if (typeof source !== 'string' || !Array.isArray(events) || !events.every((event) => isValidEvent(event as EventEnvelope, source))) {
      logger.error({ source }, 'refused a malformed event batch');
      res.status(400).json({ error: 'The batch is malformed, or names an event type its source does not emit.' });
      return;
    }
    try {
      const stored = await storeEvents(orm.em as EntityManager, events as EventEnvelope[]);
      res.json({ received: events.length, stored });
      if (stored > 0) onStored();
    } catch (error) {
      logger.error({ err: error }, 'storing an event batch failed');
      res.status(500).json({ error: 'Internal error.' });
    }
  };
}
