import { ServiceRequestAction, ServiceRequestStatus } from './request-kinds.js';

/**
 * Who may take a step: the serving company; the resident's side (the resident, or a community worker for them); the
 * resident alone (withdrawing is their own decision); or the area (a community or street worker of the request's place).
 */
export type RequestActorSide = 'COMPANY' | 'RESIDENT_SIDE' | 'RESIDENT' | 'AREA';

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
export type StepAction = Exclude<ServiceRequestAction, ServiceRequestAction.SUBMIT | ServiceRequestAction.REASSIGN | ServiceRequestAction.ASSIGN>;

const S = ServiceRequestStatus;

export const TRANSITIONS: Record<StepAction, Transition> = {
  [ServiceRequestAction.ACCEPT]: { from: [ServiceRequestStatus.SUBMITTED, ServiceRequestStatus.REOPENED], to: ServiceRequestStatus.ACCEPTED, by: 'COMPANY' },
  [ServiceRequestAction.START]: { from: [ServiceRequestStatus.ACCEPTED], to: ServiceRequestStatus.IN_PROGRESS, by: 'COMPANY' },
  [ServiceRequestAction.RESOLVE]: { from: [ServiceRequestStatus.IN_PROGRESS], to: ServiceRequestStatus.RESOLVED, by: 'COMPANY' },
  [ServiceRequestAction.EVALUATE]: { from: [ServiceRequestStatus.RESOLVED], to: ServiceRequestStatus.EVALUATED, by: 'RESIDENT_SIDE' },
  [ServiceRequestAction.REOPEN]: { from: [ServiceRequestStatus.RESOLVED, ServiceRequestStatus.EVALUATED], to: ServiceRequestStatus.REOPENED, by: 'RESIDENT_SIDE' },
  // Not the company's business (不予受理) before it takes the request on, with a reason the resident reads.
  [ServiceRequestAction.DECLINE]: { from: [S.SUBMITTED, S.REOPENED], to: S.DECLINED, by: 'COMPANY' },
  // Government business (e.g. illegal construction, neighbours' disputes): the company hands it to the community.
  [ServiceRequestAction.TRANSFER]: { from: [S.SUBMITTED, S.ACCEPTED, S.REOPENED], to: S.TRANSFERRED, by: 'COMPANY' },
  // The community or street sends it (back) to the company serving a neighborhood of its area today.
  [ServiceRequestAction.DISPATCH]: { from: [S.TRANSFERRED], to: S.SUBMITTED, by: 'AREA' },
  // Taken on but cannot be carried out (a duplicate, the resident unreachable): ended with a reason.
  [ServiceRequestAction.CANCEL]: { from: [S.ACCEPTED, S.IN_PROGRESS], to: S.CANCELLED, by: 'COMPANY' },
  // The resident's own decision, at any time before the company reports it resolved.
  [ServiceRequestAction.WITHDRAW]: { from: [S.SUBMITTED, S.ACCEPTED, S.IN_PROGRESS, S.REOPENED, S.TRANSFERRED], to: S.WITHDRAWN, by: 'RESIDENT' },
};

/** States that end a request without completing it (no further step). */
export const ENDED_UNFULFILLED: readonly ServiceRequestStatus[] = [S.DECLINED, S.CANCELLED, S.WITHDRAWN];

/** States in which the company may assign the request to a member of its staff (派工): it is the company's and open. */
export const ASSIGNABLE: readonly ServiceRequestStatus[] = [S.SUBMITTED, S.ACCEPTED, S.IN_PROGRESS, S.REOPENED];

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
