import type { EntityManager } from '@mikro-orm/postgresql';
import { AREA_ROLES } from '../../../platform/access/role.js';
import type { EventReceiver } from '../../../platform/events/event-audience.js';
import { typesFor } from '../../../platform/events/event-audience.js';
import { badUserInput } from '../../../platform/errors/error-codes.js';
import type { Page } from '../../../platform/pagination/connection.js';
import type { Notification } from './notification.type.js';
import { placeholders } from '../../../platform/orm/sql-placeholders.js';

interface EventRow {
  seq: string;
  id: string;
  type: string;
  source: string;
  occurred_at: Date;
  district_id: string;
  street_id: string | null;
  community_id: string | null;
  neighborhood_id: string | null;
  record_type: string;
  record_id: string;
  matter_id: string | null;
  detail: string | null;
}

const cursorOf = (seq: string) => Buffer.from(`n:${seq}`).toString('base64url');

function seqOf(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^n:\d{1,18}$/.test(decoded)) throw badUserInput('The cursor in "after" is not one this feed returned: pass a pageInfo.endCursor.', { field: 'after' });
  return decoded.slice(2);
}

/**
 * The receiver's events after a cursor, oldest first: the SQL form of mayReceive (platform/events/event-audience),
 * i.e. the types its role may receive, inside its places, and events addressed to another organisation left out.
 */
export async function readFeed(em: EntityManager, receiver: EventReceiver, after: string | undefined, first: number): Promise<Page<Notification>> {
  const types = typesFor(receiver.role);
  const { grant } = receiver;
  const places: [string, readonly string[]][] = [
    ['district_id', grant.districtIds],
    ['street_id', grant.streetIds],
    ['community_id', grant.communityIds],
    ['neighborhood_id', grant.neighborhoodIds],
  ].filter(([, ids]) => ids.length > 0) as [string, readonly string[]][];
  if (types.length === 0 || places.length === 0) return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: async () => 0 };
  const conditions = [
    `type in (${placeholders(types)})`,
    `(${places.map(([column, ids]) => `${column} in (${placeholders(ids)})`).join(' or ')})`,
    ...(AREA_ROLES.has(receiver.role) ? [] : ['(organization_id is null or organization_id = ?)']),
  ];
  const params: unknown[] = [...types, ...places.flatMap(([, ids]) => ids), ...(AREA_ROLES.has(receiver.role) ? [] : [receiver.organizationId])];
  const where = conditions.join(' and ');
  const afterSeq = after ? seqOf(after) : '0';
  const rows = await em.execute<EventRow[]>(
    `select seq, id, type, source, occurred_at, district_id, street_id, community_id, neighborhood_id, record_type, record_id, matter_id, detail
       from notifications.notification_event where ${where} and seq > ? order by seq limit ?`,
    [...params, afterSeq, first + 1],
  );
  const nodes = rows.slice(0, first);
  return {
    nodes: nodes.map((row) => ({
      id: row.id,
      type: row.type,
      source: row.source,
      occurredAt: new Date(row.occurred_at),
      districtId: row.district_id,
      streetId: row.street_id,
      communityId: row.community_id,
      neighborhoodId: row.neighborhood_id,
      recordType: row.record_type,
      recordId: row.record_id,
      matterId: row.matter_id,
      detail: row.detail,
    })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: nodes.length > 0 ? cursorOf(String(nodes.at(-1)!.seq)) : (after ?? null) },
    totalCount: async () => Number((await em.execute<{ count: string }[]>(`select count(*) as count from notifications.notification_event where ${where}`, params))[0].count),
  };
}
