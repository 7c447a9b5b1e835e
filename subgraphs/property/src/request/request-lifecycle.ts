import { ServiceRequestAction, ServiceRequestStatus } from './request-enums.js';

/** Who may take a step: the serving company, or the resident's side (the resident, or a community worker for them). */
export type RequestActorSide = 'COMPANY' | 'RESIDENT_SIDE';

interface Transition {
  from: readonly ServiceRequestStatus[];
  to: ServiceRequestStatus;
  by: RequestActorSide;
}

/** Satisfaction at or below this counts as dissatisfied and lets the resident reopen an evaluated request. */
export const DISSATISFIED_AT_MOST = 2;
/** Satisfaction at or above this counts as satisfied in the satisfaction rate (满意率). */
export const SATISFIED_AT_LEAST = 4;

/**
 * The request lifecycle (收集 → 办理 → 反馈 → 评价): submitted → accepted → in progress → resolved → evaluated.
 * A dissatisfied resident may reopen a resolved request, or an evaluated one scored at most 2; a reopened request
 * is accepted again and goes round once more. Every other step is out of order.
 */
export type StepAction = Exclude<ServiceRequestAction, ServiceRequestAction.SUBMIT | ServiceRequestAction.REASSIGN>;

export const TRANSITIONS: Record<StepAction, Transition> = {
  [ServiceRequestAction.ACCEPT]: { from: [ServiceRequestStatus.SUBMITTED, ServiceRequestStatus.REOPENED], to: ServiceRequestStatus.ACCEPTED, by: 'COMPANY' },
  [ServiceRequestAction.START]: { from: [ServiceRequestStatus.ACCEPTED], to: ServiceRequestStatus.IN_PROGRESS, by: 'COMPANY' },
  [ServiceRequestAction.RESOLVE]: { from: [ServiceRequestStatus.IN_PROGRESS], to: ServiceRequestStatus.RESOLVED, by: 'COMPANY' },
  [ServiceRequestAction.EVALUATE]: { from: [ServiceRequestStatus.RESOLVED], to: ServiceRequestStatus.EVALUATED, by: 'RESIDENT_SIDE' },
  [ServiceRequestAction.REOPEN]: { from: [ServiceRequestStatus.RESOLVED, ServiceRequestStatus.EVALUATED], to: ServiceRequestStatus.REOPENED, by: 'RESIDENT_SIDE' },
};

export type StepDecision = { allowed: true; to: ServiceRequestStatus } | { allowed: false; reason: string };

/** Whether `action` may follow the request's current state, and the state it leads to. */
export function decideStep(
  request: { status: ServiceRequestStatus; satisfaction: number | null },
  action: StepAction,
): StepDecision {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(request.status)) {
    return {
      allowed: false,
      reason: `A ${request.status} request cannot take the step ${action}: it follows only ${transition.from.join(' or ')}.`,
    };
  }
  if (action === ServiceRequestAction.REOPEN && request.status === ServiceRequestStatus.EVALUATED) {
    if (request.satisfaction === null || request.satisfaction > DISSATISFIED_AT_MOST) {
      return {
        allowed: false,
        reason: `Only a dissatisfied evaluation (satisfaction ${DISSATISFIED_AT_MOST} or less) can be reopened; this one scored ${request.satisfaction}.`,
      };
    }
  }
  return { allowed: true, to: transition.to };
}

/** A request counts as completed (办结) once the company has resolved it, whether or not it was evaluated yet. */
export function isCompleted(status: ServiceRequestStatus): boolean {
  return status === ServiceRequestStatus.RESOLVED || status === ServiceRequestStatus.EVALUATED;
}
