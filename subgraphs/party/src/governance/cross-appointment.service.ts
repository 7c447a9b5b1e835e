import { assertVersion } from '../organization/organization-change.service.js';
import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { PostOrganizationType } from '../../../platform/governance/post-summary.js';
import type { PartyContext } from '../party.loaders.js';
import type { PartyOrganization } from '../organization/organization.entity.js';
import { PartyOrganizationKind } from '../organization/organization-kinds.js';
import { checkTerm, termsOverlap, today } from '../post/post-term.js';
import { CrossAppointment } from './cross-appointment.entity.js';
import { CROSS_APPOINTMENT_RULES } from './cross-appointment-kinds.js';
import type { GovernancePlace } from './governance.access.js';
import { assertMayAppoint, assertMayEndCrossAppointment } from './cross-appointment.access.js';
import type { OrganizationRef } from './organization-ref.js';
import type { AppointCrossPostInput, EndCrossAppointmentInput } from './cross-appointment.input.js';
import { loadVisibleAppointment } from './cross-appointment-lookup.js';

/** A party organisation named as home or host must exist here and lie in the place the appointment applies to. */
async function checkPartySide(ctx: PartyContext, ref: OrganizationRef, place: GovernancePlace, side: 'home' | 'host', kinds?: readonly PartyOrganizationKind[]): Promise<PartyOrganization> {
  const organization = await ctx.loaders.organization.load(requireId(ref.id, `${side}.id`));
  if (!organization) throw badUserInput(`${side}.id is not a party organisation: name one of the party subgraph (partyOrganizations).`, { field: `${side}.id` });
  if (kinds && !kinds.includes(organization.kind)) {
    throw badUserInput(`${side} must be a party organisation of kind ${kinds.join(' or ')}; ${organization.name} is a ${organization.kind}.`, { field: `${side}.id` });
  }
  const inPlace =
    organization.kind === PartyOrganizationKind.STREET_WORKING_COMMITTEE ? organization.streetId === place.streetId : organization.communityId === place.communityId;
  const coversNeighborhood = place.neighborhoodId === null || organization.kind !== PartyOrganizationKind.NEIGHBORHOOD_BRANCH || organization.neighborhoodIds.includes(place.neighborhoodId);
  if (!inPlace || !coversNeighborhood) {
    throw badUserInput(`${organization.name} is not in the community or neighborhood of placeCertificate: appoint within the place the certificate names.`, { field: `${side}.id` });
  }
  return organization;
}

/**
 * Records a cross-appointment (交叉任职) in the place of the certificate: kind, home and host must match, a party side
 * must lie in the place, the caller must be one who appoints, and the person must not already hold it there for
 * part of the term.
 */
export async function appointCrossPost(ctx: PartyContext, input: AppointCrossPostInput): Promise<CrossAppointment> {
  const certified = ctx.readPlaceCertificate(input.placeCertificate);
  const place: GovernancePlace = certified;
  const rule = CROSS_APPOINTMENT_RULES[input.kind];
  const home: OrganizationRef = { type: input.home.type, id: requireId(input.home.id, 'home.id') };
  const host: OrganizationRef = { type: input.host.type, id: requireId(input.host.id, 'host.id') };
  for (const [side, ref, expected] of [['home', home, rule.home], ['host', host, rule.host]] as const) {
    if (ref.type !== expected) {
      throw badUserInput(`A ${input.kind} comes from a ${rule.home} and serves in a ${rule.host}: ${side} must be a ${expected}, not a ${ref.type}.`, { field: `${side}.type` });
    }
  }
  if (home.type === 'Community' && home.id !== place.communityId) {
    throw badUserInput("home is a community other than the placeCertificate's: appoint community staff where their community is.", { field: 'home.id' });
  }
  const partyHost = host.type === 'PartyOrganization' ? await checkPartySide(ctx, host, place, 'host', rule.hostPartyKinds) : null;
  if (home.type === 'PartyOrganization') await checkPartySide(ctx, home, place, 'home');
  assertMayAppoint(ctx.caller, place, partyHost);
  checkTerm(input.termStart, input.termEnd);
  const personId = input.personId.toLowerCase();
  const held = await ctx.loaders.crossAppointmentsOfPerson.load(personId);
  const term = { termStart: input.termStart, termEnd: input.termEnd };
  if (held.some((other) => other.kind === input.kind && other.hostId === host.id && termsOverlap({ termStart: other.termStart, termEnd: other.endedOn ?? other.termEnd }, term))) {
    throw conflict('This person already holds this appointment in that organisation for part of that term.');
  }
  const appointment = ctx.em.create(CrossAppointment, {
    personId,
    kind: input.kind,
    homeType: home.type as PostOrganizationType,
    homeId: home.id,
    hostType: host.type as PostOrganizationType,
    hostId: host.id,
    districtId: place.districtId,
    streetId: place.streetId,
    communityId: place.communityId,
    neighborhoodId: place.neighborhoodId,
    ...term,
  });
  await ctx.em.flush();
  return appointment;
}

/** Ends a cross-appointment early (提前离任), at the version read, within its term; the row stays with who and when. */
export async function endCrossAppointment(ctx: PartyContext, input: EndCrossAppointmentInput): Promise<CrossAppointment> {
  const appointment = await loadVisibleAppointment(ctx, input.id);
  const partyHost = appointment.hostType === 'PartyOrganization' ? await ctx.loaders.organization.load(appointment.hostId) : null;
  assertMayEndCrossAppointment(ctx.caller, appointment, partyHost);
  if (appointment.endedOn !== null) throw conflict(`This appointment was already ended on ${appointment.endedOn}.`);
  assertVersion(appointment, input.expectedVersion, 'appointment');
  const endedOn = input.endedOn ?? today();
  if (endedOn < appointment.termStart || endedOn > appointment.termEnd) {
    throw badUserInput(`endedOn must lie within the term, ${appointment.termStart} to ${appointment.termEnd}.`, { field: 'endedOn' });
  }
  appointment.endedOn = endedOn;
  appointment.endedAt = ctx.clock.now();
  appointment.endedBy = ctx.caller.subject;
  appointment.endReason = input.reason.trim();
  await ctx.em.flush();
  return appointment;
}
