import { formatHundredths, type TallyBreakdown } from '../tally/tally.js';
import { ResolutionOutcome } from './resolution-outcome.js';

/** The columns a resolution keeps of its motion's tally (areas in m² to the hundredth, exactly as counted). */
export function resolutionTallyColumns(tally: TallyBreakdown) {
  return {
    outcome: tally.outcome as ResolutionOutcome,
    totalArea: formatHundredths(tally.totalArea),
    totalOwners: tally.totalOwners,
    participatingArea: formatHundredths(tally.participatingArea),
    participatingOwners: tally.participatingOwners,
    approvingArea: formatHundredths(tally.approvingArea),
    approvingOwners: tally.approvingOwners,
    quorumMet: tally.quorumMet,
  };
}
