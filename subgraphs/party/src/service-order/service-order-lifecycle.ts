import { registerEnumType } from 'type-graphql';
import { conflict } from '../../../platform/errors/error-codes.js';

/** 群众点单 → 支部派单 → 党员接单 → 完成 → 评价 (太和区), or withdrawn by the resident before it is taken. */
export enum ServiceOrderStatus {
  ORDERED = 'ORDERED',
  DISPATCHED = 'DISPATCHED',
  TAKEN = 'TAKEN',
  COMPLETED = 'COMPLETED',
  EVALUATED = 'EVALUATED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(ServiceOrderStatus, {
  name: 'ServiceOrderStatus',
  description: 'Stage of a service order (点单状态).',
  valuesConfig: {
    ORDERED: { description: 'Ordered by a resident (群众点单).' },
    DISPATCHED: { description: 'Dispatched by the branch to a member (支部派单).' },
    TAKEN: { description: 'Taken by the member (党员接单).' },
    COMPLETED: { description: 'Completed by the member (完成).' },
    EVALUATED: { description: 'Evaluated by the resident (评价).' },
    WITHDRAWN: { description: 'Withdrawn by the resident before it was taken (撤回).' },
  },
});

export type ServiceOrderStep = 'dispatch' | 'take' | 'complete' | 'evaluate' | 'withdraw';

/** The stages each step may start from; a dispatched order not yet taken may be re-dispatched. */
const FROM: Record<ServiceOrderStep, readonly ServiceOrderStatus[]> = {
  dispatch: [ServiceOrderStatus.ORDERED, ServiceOrderStatus.DISPATCHED],
  take: [ServiceOrderStatus.DISPATCHED],
  complete: [ServiceOrderStatus.TAKEN],
  evaluate: [ServiceOrderStatus.COMPLETED],
  withdraw: [ServiceOrderStatus.ORDERED, ServiceOrderStatus.DISPATCHED],
};

const TO: Record<ServiceOrderStep, ServiceOrderStatus> = {
  dispatch: ServiceOrderStatus.DISPATCHED,
  take: ServiceOrderStatus.TAKEN,
  complete: ServiceOrderStatus.COMPLETED,
  evaluate: ServiceOrderStatus.EVALUATED,
  withdraw: ServiceOrderStatus.WITHDRAWN,
};

const DONE: Record<ServiceOrderStep, string> = { dispatch: 'dispatched', take: 'taken', complete: 'completed', evaluate: 'evaluated', withdraw: 'withdrawn' };

/** The stage after `step`, or CONFLICT naming the stage the order is in. */
export function nextOrderStatus(current: ServiceOrderStatus, step: ServiceOrderStep): ServiceOrderStatus {
  if (!FROM[step].includes(current)) {
    throw conflict(`This order is ${current}; it can be ${DONE[step]} only when ${FROM[step].join(' or ')} (点单 → 派单 → 接单 → 完成 → 评价).`, { status: current });
  }
  return TO[step];
}
