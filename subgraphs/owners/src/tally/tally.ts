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
 * Who counts as one owner (业主人数), unit by unit: all developer-held units together are one owner; units that share
 * any owner are one owner (a buyer holding several units, alone or with co-owners, counts once); a unit with no
 * registered owner counts on its own. Returns each unit's owner key.
 */
export function ownerKeys(electorate: readonly ElectorateUnit[]): Map<string, string> {
  // Union-find over person ids: people who own a unit together, directly or through another unit, are one owner.
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let node = id; node !== root; ) {
      const up = parent.get(node)!;
      parent.set(node, root);
      node = up;
    }
    return root;
  };
  for (const unit of electorate) {
    if (unit.developerHeld) continue;
    for (const person of unit.ownerIds) if (!parent.has(person)) parent.set(person, person);
    for (const person of unit.ownerIds.slice(1)) {
      const a = find(unit.ownerIds[0]);
      const b = find(person);
      if (a !== b) parent.set(b, a);
    }
  }
  const keys = new Map<string, string>();
  for (const unit of electorate) {
    if (unit.developerHeld) keys.set(unit.unitId, DEVELOPER);
    else if (unit.ownerIds.length === 0) keys.set(unit.unitId, `unit:${unit.unitId}`);
    else keys.set(unit.unitId, `owner:${find(unit.ownerIds[0])}`);
  }
  return keys;
}

/** How many owners an electorate has, by the counting rules of `ownerKeys`. */
export function countOwners(electorate: readonly ElectorateUnit[]): number {
  return new Set(ownerKeys(electorate).values()).size;
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
  const keys = ownerKeys(electorate);
  const owners = new Set<string>();
  const participating = new Set<string>();
  const dissenting = new Set<string>();
  for (const unit of electorate) {
    const area = areaInHundredths(unit.area);
    const key = keys.get(unit.unitId)!;
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
  // An empty electorate (no units, or no area) can never reach a quorum, whatever the fractions say of 0 of 0.
  const quorumMet =
    totalArea > 0n &&
    owners.size > 0 &&
    meets(participatingArea, totalArea, thresholds.quorum) &&
    meets(BigInt(participating.size), BigInt(owners.size), thresholds.quorum);
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
