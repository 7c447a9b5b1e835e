import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '../../../platform/events/record-event.js';
import type { NeighborhoodHead } from './neighborhood-head.entity.js';

/** A head appointed or ended, in the change's unit of work: ids, place and kind only, never who. */
export function recordHeadEvent(em: EntityManager, head: NeighborhoodHead, type: 'party.head.appointed' | 'party.head.ended'): void {
  recordEvent(em, { type, place: head, recordType: 'NeighborhoodHead', recordId: head.id, detail: head.kind });
}
