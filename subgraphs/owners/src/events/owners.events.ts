import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '../../../platform/events/record-event.js';
import type { OwnersMotion } from '../assembly/owners-motion.entity.js';
import type { Resolution } from '../resolution/resolution.entity.js';

/** A motion that puts a governance matter to the assembly tells the matter's followers (in the motion's unit of work). */
export function recordMotionLinked(em: EntityManager, motion: OwnersMotion): OwnersMotion {
  if (motion.governanceMatterId) {
    recordEvent(em, { type: 'governance.matter.motion_linked', place: motion, recordType: 'OwnersMotion', recordId: motion.id, matterId: motion.governanceMatterId });
  }
  return motion;
}

/** A recorded resolution (a correction too), and, where its motion serves a matter, the matter's resolution. */
export function recordResolutionEvents(em: EntityManager, resolution: Resolution, motion: OwnersMotion): void {
  const common = { place: resolution, recordType: 'Resolution', recordId: resolution.id, detail: resolution.outcome };
  recordEvent(em, { ...common, type: 'owners.resolution.recorded', matterId: motion.governanceMatterId });
  if (motion.governanceMatterId) recordEvent(em, { ...common, type: 'governance.matter.resolved', matterId: motion.governanceMatterId });
}
