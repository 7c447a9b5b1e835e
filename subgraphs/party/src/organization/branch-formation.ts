import { badUserInput } from '../../../platform/errors/error-codes.js';
import { PartyBranchForm } from './organization-kinds.js';

/** A neighborhood forms its own branch (单建) only with at least this many formal members of its own. */
export const SINGLE_BRANCH_MIN_FORMAL_MEMBERS = 3;

/**
 * Checks how a neighborhood branch is formed: SINGLE covers one neighborhood, which needs 3 formal members living
 * there unless an override (with its reason) is recorded; JOINT and GRID cover one or more. (A joint branch usually
 * joins several small neighborhoods, but the demo plan — like practice — has communities with a single small one.)
 * Returns the override reason to record, or null.
 */
export function checkBranchFormation(
  form: PartyBranchForm,
  neighborhoodIds: readonly string[],
  formalMembersLivingThere: number,
  overrideReason: string | undefined,
): string | null {
  if (new Set(neighborhoodIds).size !== neighborhoodIds.length) {
    throw badUserInput('neighborhoodIds lists a neighborhood twice: list each once.', { field: 'neighborhoodIds' });
  }
  if (form === PartyBranchForm.SINGLE) {
    if (neighborhoodIds.length !== 1) throw badUserInput('A SINGLE branch covers exactly one neighborhood: pass one id in neighborhoodIds, or use form JOINT.', { field: 'neighborhoodIds' });
    if (formalMembersLivingThere >= SINGLE_BRANCH_MIN_FORMAL_MEMBERS) return null;
    if (overrideReason) return overrideReason;
    throw badUserInput(
      `This neighborhood has ${formalMembersLivingThere} formal party member(s) living there; a SINGLE branch needs at least ${SINGLE_BRANCH_MIN_FORMAL_MEMBERS}. ` +
        'Form a JOINT branch with neighboring neighborhoods, or record why it must stand alone in formationOverrideReason.',
      { field: 'form', formalMembers: formalMembersLivingThere, required: SINGLE_BRANCH_MIN_FORMAL_MEMBERS },
    );
  }
  if (overrideReason) throw badUserInput('formationOverrideReason applies only to a SINGLE branch below 3 formal members: leave it out.', { field: 'formationOverrideReason' });
  if (neighborhoodIds.length < 1) throw badUserInput('A branch covers at least one neighborhood: pass neighborhoodIds.', { field: 'neighborhoodIds' });
  return null;
}
