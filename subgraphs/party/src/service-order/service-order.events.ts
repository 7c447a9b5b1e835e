import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '../../../platform/events/record-event.js';
import type { ServiceOrder } from './service-order.entity.js';

/** A service order's step (its new status), in the step's unit of work: ids and place only, not the resident or the member. */
export function recordServiceOrderEvent(em: EntityManager, order: ServiceOrder): void {
  recordEvent(em, { type: 'party.service_order.step', place: order, recordType: 'ServiceOrder', recordId: order.id, detail: order.status });
}
