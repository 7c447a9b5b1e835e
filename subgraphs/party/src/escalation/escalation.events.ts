import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '../../../platform/events/record-event.js';
import type { Escalation } from './escalation.entity.js';

export type EscalationEventType = 'party.escalation.raised' | 'party.escalation.called_up' | 'party.escalation.overdue' | 'party.escalation.resolved';

/**
 * An escalation's step, in the step's unit of work (the scheduled check's transaction included): ids, place and the
 * level (or, when raised, the subject) only; the problem's text and the people answering stay in the graph.
 */
export function recordEscalationEvent(em: EntityManager, escalation: Escalation, type: EscalationEventType): void {
  const detail = type === 'party.escalation.raised' ? escalation.subject : type === 'party.escalation.resolved' ? escalation.resolvedLevel : escalation.currentLevel;
  recordEvent(em, { type, place: escalation, recordType: 'Escalation', recordId: escalation.id, detail });
}
