import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '../../../platform/events/record-event.js';
import type { CoBuildingProject } from '../project/project.entity.js';
import type { MicroWish } from '../wish/micro-wish.entity.js';
import type { WishStep } from '../wish/wish-lifecycle.js';

const WISH_EVENTS: Partial<Record<WishStep, 'cobuilding.wish.claimed' | 'cobuilding.wish.fulfilled' | 'cobuilding.wish.released'>> = {
  claim: 'cobuilding.wish.claimed',
  fulfil: 'cobuilding.wish.fulfilled',
  release: 'cobuilding.wish.released',
};

/** A wish claimed, fulfilled or given back (in the step's transaction); who claimed it stays in the graph, not in the event. */
export function recordWishEvent(em: EntityManager, wish: MicroWish, step: WishStep): void {
  const type = WISH_EVENTS[step];
  if (type) recordEvent(em, { type, place: wish, recordType: 'MicroWish', recordId: wish.id });
}

/** A project planned for a governance matter serves it (服务). */
export function recordProjectServesMatter(em: EntityManager, project: CoBuildingProject): void {
  if (project.governanceMatterId) {
    recordEvent(em, { type: 'governance.matter.served', place: project, recordType: 'CoBuildingProject', recordId: project.id, matterId: project.governanceMatterId });
  }
}
