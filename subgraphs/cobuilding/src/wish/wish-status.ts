import { registerEnumType } from 'type-graphql';

/** Where a micro-wish stands: open → claimed → fulfilled → confirmed; open or claimed ones may be cancelled. */
export enum MicroWishStatus {
  OPEN = 'OPEN',
  CLAIMED = 'CLAIMED',
  FULFILLED = 'FULFILLED',
  CONFIRMED = 'CONFIRMED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(MicroWishStatus, {
  name: 'MicroWishStatus',
  description: 'Stage of a micro-wish (微心愿状态).',
  valuesConfig: {
    OPEN: { description: 'Posted, waiting for someone to claim it (待认领).' },
    CLAIMED: { description: 'Claimed by one person or unit (已认领).' },
    FULFILLED: { description: 'The claimant says it is done (已实现).' },
    CONFIRMED: { description: 'The resident confirmed it (已确认).' },
    CANCELLED: { description: 'Withdrawn (已撤销).' },
  },
});
