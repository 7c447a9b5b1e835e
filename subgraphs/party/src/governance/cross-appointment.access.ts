import type { Caller } from '../../../platform/access/caller.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import { isResponsibleFor, type OrganizationFacts } from '../access/party-access.js';
import { mayAppoint, type GovernancePlace } from './governance.access.js';

/** The organisation department over the place, or the branch responsible for a party host, makes an appointment. */
export function assertMayAppoint(caller: Caller, place: GovernancePlace, partyHost: OrganizationFacts | null): void {
  if (!mayAppoint(caller, place, partyHost)) {
    throw forbidden(`Your role (${caller.role}) may not make cross-appointments here: the organisation department (district, street or community office over the place) or the branch responsible for the host may.`);
  }
}

/** Whoever may make an appointment where it applies may end it early. */
export function assertMayEndCrossAppointment(caller: Caller, appointment: GovernancePlace, partyHost: OrganizationFacts | null): void {
  if (!mayAppoint(caller, appointment, partyHost)) {
    throw forbidden(`Your role (${caller.role}) may not end this appointment: the office that may appoint it may.`);
  }
}

/** An organisation's own party office lists the cross-appointments on either side of it (a person sees their own elsewhere). */
export function assertMayListCrossAppointmentsOf(caller: Caller, organization: OrganizationFacts & { name: string }): void {
  if (!isResponsibleFor(caller, organization)) {
    throw forbidden(`Your role (${caller.role}) may not list the cross-appointments of ${organization.name}: only its own party office may; each person sees their own.`, {
      organizationId: organization.id,
    });
  }
}
