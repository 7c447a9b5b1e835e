import type { ReferenceResolvers } from '../../../platform/federation/build-subgraph-schema.js';
import type { PartyContext } from '../party.loaders.js';
import { loadVisibleAppointment } from './cross-appointment-lookup.js';

/** `__resolveReference` for CrossAppointment: an appointment the caller may read, as on the root fields. */
export const crossAppointmentReferences: ReferenceResolvers = {
  CrossAppointment: { __resolveReference: (reference: { id: string }, ctx: PartyContext) => loadVisibleAppointment(ctx, reference.id) },
};
