import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '../../../platform/events/record-event.js';
import { ServiceRequestAction } from '../request/request-kinds.js';
import type { ServiceRequest } from '../request/service-request.entity.js';

const ENDING_ACTIONS: readonly ServiceRequestAction[] = [ServiceRequestAction.DECLINE, ServiceRequestAction.CANCEL, ServiceRequestAction.WITHDRAW];

/**
 * A request's step, addressed to the company it is for; where the request serves a governance matter, also the
 * matter's step (opened: served, resolved: completed, evaluated: evaluated); an ending without service (declined, cancelled,
 * withdrawn) and a hand-over to the community also get their own types. Call in the step's unit of work.
 */
export function recordRequestStepEvents(em: EntityManager, request: ServiceRequest, action: ServiceRequestAction): void {
  const common = { place: request.path(), recordType: 'ServiceRequest', recordId: request.id, matterId: request.governanceMatterId };
  recordEvent(em, { ...common, type: 'property.service_request.step', organizationId: request.companyId, detail: action });
  if (ENDING_ACTIONS.includes(action)) recordEvent(em, { ...common, type: 'property.service_request.ended', organizationId: request.companyId, detail: action });
  if (action === ServiceRequestAction.TRANSFER) recordEvent(em, { ...common, type: 'property.service_request.transferred' });
  if (!request.governanceMatterId) return;
  if (action === ServiceRequestAction.SUBMIT) recordEvent(em, { ...common, type: 'governance.matter.served' });
  if (action === ServiceRequestAction.RESOLVE) recordEvent(em, { ...common, type: 'governance.matter.completed' });
  if (action === ServiceRequestAction.EVALUATE) recordEvent(em, { ...common, type: 'governance.matter.evaluated', detail: String(request.satisfaction) });
}
