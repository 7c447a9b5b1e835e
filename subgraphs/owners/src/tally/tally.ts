import { meets, type VotingThresholds } from './thresholds.js';

/** One exclusive unit of the electorate as the registry reported it. */
export interface ElectorateUnit {
  unitId: string;
  /** Registered area in m², a decimal string with at most two decimals ("89.50"). */
  area: string;
  developerHeld: boolean;
  ownerIds: string[];
}

export type BallotChoice = 'FOR' | 'AGAINST' | 'ABSTAIN';
export type MatterWeight = 'ORDINARY' | 'SPECIAL';
export type TallyOutcome = 'PASSED' | 'FAILED' | 'NO_QUORUM';

export interface TallyBreakdown {
  totalArea: bigint;
  totalOwners: number;
  participatingArea: bigint;
  participatingOwners: number;
  approvingArea: bigint;
  approvingOwners: number;
  quorumMet: boolean;
  approvedByArea: boolean;
  approvedByOwners: boolean;
  outcome: TallyOutcome;
}

/** Area in hundredths of a m², exactly: "89.5" → 8950n. Refuses anything finer than 0.01 m². */
export function areaInHundredths(area: string): bigint {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(area.trim());
  if (!match) throw new Error(`"${area}" is not an area with at most two decimals.`);
  return BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

/** Hundredths back to a decimal string: 8950n → "89.50". */
export function formatHundredths(value: bigint): string {
  const whole = value / 100n;
  const cents = value % 100n;
  return `${whole}.${cents.toString().padStart(2, '0')}`;
}

const DEVELOPER = 'developer';

/**
 * Who counts as one owner (业主人数) for a unit: all developer-held units together are one owner; a buyer (or the
 * same set of co-owners) holding several units is one owner; a unit with no registered owner counts on its own.
 */
export function ownerKey(unit: ElectorateUnit): string {
  if (unit.developerHeld) return DEVELOPER;
  if (unit.ownerIds.length === 0) return `unit:${unit.unitId}`;
  return `owners:${[...unit.ownerIds].sort().join('+')}`;
}

/**
 * The tally of one motion by 民法典 Art. 278: quorum on total area AND owners, approval on participating area AND
 * owners, with exact integer arithmetic. An owner with several units takes part if any of them voted and approves
 * only if every unit of theirs that voted approved (a split vote is not counted as approval).
 */
export function tallyMotion(
  electorate: readonly ElectorateUnit[],
  ballots: ReadonlyMap<string, BallotChoice>,
  weight: MatterWeight,
  thresholds: VotingThresholds,
): TallyBreakdown {
  let totalArea = 0n;
  let participatingArea = 0n;
  let approvingArea = 0n;
  const owners = new Set<string>();
  const participating = new Set<string>();
  const dissenting = new Set<string>();
  for (const unit of electorate) {
    const area = areaInHundredths(unit.area);
    const key = ownerKey(unit);
    totalArea += area;
    owners.add(key);
    const choice = ballots.get(unit.unitId);
    if (!choice) continue;
    participatingArea += area;
    participating.add(key);
    if (choice === 'FOR') approvingArea += area;
    else dissenting.add(key);
  }
  const approvingOwners = [...participating].filter((key) => !dissenting.has(key)).length;
  const quorumMet = meets(participatingArea, totalArea, thresholds.quorum) && meets(BigInt(participating.size), BigInt(owners.size), thresholds.quorum);
  const approval = weight === 'SPECIAL' ? thresholds.special : thresholds.ordinary;
  const approvedByArea = meets(approvingArea, participatingArea, approval);
  const approvedByOwners = meets(BigInt(approvingOwners), BigInt(participating.size), approval);
  const outcome: TallyOutcome = !quorumMet ? 'NO_QUORUM' : approvedByArea && approvedByOwners ? 'PASSED' : 'FAILED';
  return {
    totalArea,
    totalOwners: owners.size,
    participatingArea,
    participatingOwners: participating.size,
    approvingArea,
    approvingOwners,
    quorumMet,
    approvedByArea,
    approvedByOwners,
    outcome,
  };
}
