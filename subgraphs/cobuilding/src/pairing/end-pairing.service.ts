import { conflict } from '../../../platform/errors/error-codes.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { assertMayEndPairing } from '../access/record-changes.access.js';
import { todayInChina } from '../../../platform/calendar/calendar-day.js';
import { updateIf } from '../../../platform/orm/conditional-update.js';
import { loadVisiblePairing } from './pairing-lookup.js';
import { Pairing } from './pairing.entity.js';
import type { EndPairingInput } from './end-pairing.input.js';

/**
 * Ends a pairing in force today (China's calendar on the server clock): its last day becomes today, and the day first
 * agreed, the reason, who and when are kept. A pairing not yet begun, already over or already ended is CONFLICT.
 */
export async function endPairing(ctx: CobuildingContext, input: EndPairingInput): Promise<Pairing> {
  const pairing = await loadVisiblePairing(ctx, input.id);
  assertMayEndPairing(ctx.caller, pairing);
  const now = ctx.clock.now();
  const today = todayInChina(now);
  if (pairing.endedAt) throw conflict(`This pairing was already ended on ${pairing.endsOn}.`);
  if (pairing.startsOn > today) throw conflict(`This pairing begins on ${pairing.startsOn}: it can be ended once it is in force.`);
  if (pairing.endsOn < today) throw conflict(`This pairing ended on ${pairing.endsOn}: there is nothing left to end.`);
  const ended = await updateIf(ctx.em, Pairing, pairing, { endedAt: null, endsOn: { $gte: today } }, {
    endsOn: today,
    agreedEndsOn: pairing.endsOn,
    endedAt: now,
    endReason: input.reason.trim(),
    endedBy: ctx.caller.subject,
  });
  if (!ended) throw conflict('This pairing was ended by someone else meanwhile.');
  return ended;
}
