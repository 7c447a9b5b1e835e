import { ConfigurationError, type Environment } from '../../../platform/config/environment.js';
import type { FilterQuery } from '@mikro-orm/core';
import { ServiceRequestStatus } from './request-kinds.js';
import type { ServiceRequest } from './service-request.entity.js';

/** Hours each open state may last before the request is overdue (办理时限); a state without a limit is never overdue. */
export type RequestTimeLimits = Readonly<Partial<Record<ServiceRequestStatus, number>>>;

/**
 * Defaults from common 12345/物业 practice: accept within a day (受理), start within a day, resolve within three days
 * (办结), accept a reopened request within a day, and the community dispatches a handed-over request within two days.
 * A resolved request waits for the resident, whose evaluation has no deadline.
 */
export const DEFAULT_TIME_LIMITS: RequestTimeLimits = {
  [ServiceRequestStatus.SUBMITTED]: 24,
  [ServiceRequestStatus.ACCEPTED]: 24,
  [ServiceRequestStatus.IN_PROGRESS]: 72,
  [ServiceRequestStatus.REOPENED]: 24,
  [ServiceRequestStatus.TRANSFERRED]: 48,
};

/** States that may carry a limit: the ones someone still has to act on. */
const LIMITABLE: readonly ServiceRequestStatus[] = [
  ServiceRequestStatus.SUBMITTED,
  ServiceRequestStatus.ACCEPTED,
  ServiceRequestStatus.IN_PROGRESS,
  ServiceRequestStatus.REOPENED,
  ServiceRequestStatus.TRANSFERRED,
  ServiceRequestStatus.RESOLVED,
];

/**
 * `PROPERTY_REQUEST_TIME_LIMITS`, a JSON object of hours per state, e.g. `{"IN_PROGRESS": 48, "RESOLVED": 168}`;
 * states left out keep their default, 0 removes a limit. Read once at start-up.
 */
export function readTimeLimits(env: Environment): RequestTimeLimits {
  const raw = env.PROPERTY_REQUEST_TIME_LIMITS?.trim();
  if (!raw) return DEFAULT_TIME_LIMITS;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigurationError('PROPERTY_REQUEST_TIME_LIMITS must be a JSON object of hours per request state, e.g. {"IN_PROGRESS": 48}.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigurationError('PROPERTY_REQUEST_TIME_LIMITS must be a JSON object of hours per request state, e.g. {"IN_PROGRESS": 48}.');
  }
  const limits: Partial<Record<ServiceRequestStatus, number>> = { ...DEFAULT_TIME_LIMITS };
  for (const [status, hours] of Object.entries(parsed)) {
    if (!LIMITABLE.includes(status as ServiceRequestStatus)) {
      throw new ConfigurationError(`PROPERTY_REQUEST_TIME_LIMITS names a state without a time limit; use ${LIMITABLE.join(', ')}.`);
    }
    if (!Number.isInteger(hours) || (hours as number) < 0 || (hours as number) > 8760) {
      throw new ConfigurationError('PROPERTY_REQUEST_TIME_LIMITS takes whole hours from 0 (no limit) to 8760 per state.');
    }
    if (hours === 0) delete limits[status as ServiceRequestStatus];
    else limits[status as ServiceRequestStatus] = hours as number;
  }
  return limits;
}

/** When the current step is due: entry into the state plus its limit; null for a state without one. */
export function dueAt(limits: RequestTimeLimits, request: { status: ServiceRequestStatus; statusSince: Date }): Date | null {
  const hours = limits[request.status];
  return hours === undefined ? null : new Date(request.statusSince.getTime() + hours * 3_600_000);
}

/** Whether the current step is past its time limit at `now` (the server clock). */
export function isOverdue(limits: RequestTimeLimits, request: { status: ServiceRequestStatus; statusSince: Date }, now: Date): boolean {
  const due = dueAt(limits, request);
  return due !== null && due.getTime() <= now.getTime();
}

/** The same test as a where-clause on requests: `overdue` true keeps the overdue ones, false the others. */
export function overdueWhere(limits: RequestTimeLimits, now: Date, overdue: boolean): FilterQuery<ServiceRequest> {
  const entries = Object.entries(limits) as [ServiceRequestStatus, number][];
  const late = entries.map(([status, hours]) => ({ status, statusSince: { $lte: new Date(now.getTime() - hours * 3_600_000) } }));
  if (late.length === 0) return overdue ? { id: { $in: [] } } : {};
  return (overdue ? { $or: late } : { $not: { $or: late } }) as FilterQuery<ServiceRequest>;
}
