import { badUserInput } from '../../../platform/errors/error-codes.js';

/** Each reporting member pairs with 10 to 15 households (榆次区 practice). */
export const PAIRED_HOUSEHOLDS = { min: 10, max: 15 } as const;

/** Checks a report-in's paired households: 10–15, each once. */
export function checkPairedHouseholds(unitIds: readonly string[]): void {
  if (new Set(unitIds).size !== unitIds.length) throw badUserInput('pairedUnitIds lists a household twice: list each once.', { field: 'pairedUnitIds' });
  if (unitIds.length < PAIRED_HOUSEHOLDS.min || unitIds.length > PAIRED_HOUSEHOLDS.max) {
    throw badUserInput(`A reporting member pairs with ${PAIRED_HOUSEHOLDS.min} to ${PAIRED_HOUSEHOLDS.max} households; you listed ${unitIds.length}.`, {
      field: 'pairedUnitIds',
      count: unitIds.length,
    });
  }
}
