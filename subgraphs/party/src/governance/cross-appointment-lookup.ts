import { notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { PartyContext } from '../party.loaders.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import type { CrossAppointment } from './cross-appointment.entity.js';
import { mayReadAppointment } from './governance.access.js';

/** The party organisations on either side of an appointment, loaded; missing ones are left out. */
export async function partySidesOf(ctx: PartyContext, appointment: CrossAppointment): Promise<PartyOrganization[]> {
  const ids = [appointment.homeType === 'PartyOrganization' ? appointment.homeId : null, appointment.hostType === 'PartyOrganization' ? appointment.hostId : null];
  const rows = await ctx.loaders.organization.loadMany(ids.filter((id): id is string => id !== null));
  return rows.filter((row): row is PartyOrganization => row instanceof PartyOrganization);
}

export async function canReadAppointment(ctx: PartyContext, appointment: CrossAppointment): Promise<boolean> {
  return mayReadAppointment(ctx.caller, appointment, await partySidesOf(ctx, appointment));
}

export async function loadVisibleAppointment(ctx: PartyContext, id: string, field = 'id'): Promise<CrossAppointment> {
  const appointment = await ctx.loaders.crossAppointment.load(requireId(id, field));
  if (!appointment || !(await canReadAppointment(ctx, appointment))) throw notFound('CrossAppointment', id);
  return appointment;
}
