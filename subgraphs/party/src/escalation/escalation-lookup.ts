import { notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { PartyContext } from '../party.loaders.js';
import type { Escalation } from './escalation.entity.js';
import { mayReadEscalation } from './escalation.access.js';

/** Loads an escalation the caller may read; one they may not is as good as missing. */
export async function loadVisibleEscalation(ctx: PartyContext, id: string, field = 'id'): Promise<Escalation> {
  const escalation = await ctx.loaders.escalations.escalation.load(requireId(id, field));
  const branch = escalation && (await ctx.loaders.organization.load(escalation.branchId));
  if (!escalation || !mayReadEscalation(ctx.caller, escalation, branch ?? null)) throw notFound('Escalation', id);
  return escalation;
}
