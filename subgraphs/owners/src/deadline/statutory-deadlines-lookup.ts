import { badUserInput } from '../../../platform/errors/error-codes.js';
import type { OwnersContext } from '../owners.loaders.js';
import { readsStatutoryClocks } from './statutory-deadline.access.js';
import { statutoryClocks, type StatutoryDeadlineStatus } from './statutory-clocks.js';
import type { PlaceColumn } from './statutory-deadline.loader.js';
import type { StatutoryDeadline } from './statutory-deadline.type.js';

const MAX_WINDOW_DAYS = 366;

/** The clocks of a place the caller may read, due within `withinDays` (overdue ones always), of one status if given. */
export async function deadlinesOf(
  ctx: OwnersContext,
  column: PlaceColumn,
  id: string,
  withinDays: number,
  status: StatutoryDeadlineStatus | undefined,
): Promise<StatutoryDeadline[]> {
  if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > MAX_WINDOW_DAYS) {
    throw badUserInput(`withinDays must be 0 to ${MAX_WINDOW_DAYS}.`, { field: 'withinDays' });
  }
  if (!readsStatutoryClocks(ctx.caller)) return [];
  const facts = await ctx.loaders.clockFactsOfPlace.load(`${column}:${id.toLowerCase()}`);
  return statutoryClocks(facts, ctx.clock.now(), withinDays)
    .filter((clock) => !status || clock.status === status)
    .map((clock) => ({ kind: clock.kind, dueOn: clock.dueOn, status: clock.status, daysLeft: clock.daysLeft, clock }));
}
