import { areaInHundredths, ownerKeys, type BallotChoice, type ElectorateUnit } from './tally.js';

export interface ChoiceCount {
  choice: BallotChoice;
  units: number;
  /** Hundredths of m². */
  area: bigint;
  owners: number;
}

export interface BallotCounts {
  byChoice: ChoiceCount[];
  totalUnits: number;
  totalArea: bigint;
  totalOwners: number;
  votedUnits: number;
  votedArea: bigint;
  votedOwners: number;
}

const CHOICES: BallotChoice[] = ['FOR', 'AGAINST', 'ABSTAIN'];

/**
 * The ballots of a motion counted by choice (表决统计), in units, area and owners, and the turnout against the
 * electorate. Owners are counted by the rules of `ownerKeys`; an owner whose units voted differently appears under
 * each choice they used, so the owners by choice may add up to more than the owners who voted (turnout counts each
 * owner once). Ballots for units outside the electorate are ignored, as the tally ignores them.
 */
export function countBallots(electorate: readonly ElectorateUnit[], ballots: ReadonlyMap<string, BallotChoice>): BallotCounts {
  const keys = ownerKeys(electorate);
  const byChoice = new Map(CHOICES.map((choice) => [choice, { units: 0, area: 0n, owners: new Set<string>() }]));
  let totalArea = 0n;
  let votedArea = 0n;
  let votedUnits = 0;
  const voters = new Set<string>();
  for (const unit of electorate) {
    const area = areaInHundredths(unit.area);
    totalArea += area;
    const choice = ballots.get(unit.unitId);
    if (!choice) continue;
    const key = keys.get(unit.unitId)!;
    const count = byChoice.get(choice)!;
    count.units += 1;
    count.area += area;
    count.owners.add(key);
    votedUnits += 1;
    votedArea += area;
    voters.add(key);
  }
  return {
    byChoice: CHOICES.map((choice) => ({ choice, units: byChoice.get(choice)!.units, area: byChoice.get(choice)!.area, owners: byChoice.get(choice)!.owners.size })),
    totalUnits: electorate.length,
    totalArea,
    totalOwners: new Set(keys.values()).size,
    votedUnits,
    votedArea,
    votedOwners: voters.size,
  };
}
