import { committeeSizeProblem } from '../committee/committee-rules.js';

/** One candidate's motion as its resolution decided it (areas in hundredths of m², exact). */
export interface CandidateResult {
  candidateId: string;
  /** Position on the published candidate list, from 1. */
  position: number;
  /** The resolution's outcome: Art. 278 quorum (≥ 2/3 of area and owners) and approval (> 1/2 of participating area and owners). */
  passed: boolean;
  approvingArea: bigint;
  approvingOwners: number;
}

export interface ElectionCount {
  outcome: 'PASSED' | 'FAILED';
  /** Candidates whose motion passed, best first, with their rank from 1. */
  ranking: { candidateId: string; rank: number }[];
  /** Candidates who take a seat, best first. */
  elected: string[];
  reason: string;
}

/**
 * The counting rule for electing several members (多名委员的计票规则):
 * 1. A candidate can be elected only if their own motion PASSED (民法典 Art. 278 double majority under the rules fixed
 *    when the assembly was convened).
 * 2. Passing candidates rank by approving area (desc), then approving owners (desc), then their position on the
 *    published candidate list (asc).
 * 3. The seats taken are the largest number k ≤ min(vacancies, passing candidates) for which sitting members + k is
 *    odd and within 5–11; the top k are elected. If there is no such k ≥ 1, the election FAILS and nobody is seated.
 */
export function countElection(results: readonly CandidateResult[], seats: number, sittingMembers: number): ElectionCount {
  const ranking = results
    .filter((result) => result.passed)
    .sort((a, b) => (a.approvingArea !== b.approvingArea ? (b.approvingArea > a.approvingArea ? 1 : -1) : b.approvingOwners - a.approvingOwners || a.position - b.position))
    .map((result, index) => ({ candidateId: result.candidateId, rank: index + 1 }));
  const vacancies = seats - sittingMembers;
  let take = Math.min(vacancies, ranking.length);
  while (take > 0 && committeeSizeProblem(sittingMembers + take) !== null) take -= 1;
  if (take === 0) {
    return {
      outcome: 'FAILED',
      ranking,
      elected: [],
      reason: `${ranking.length} candidate(s) passed; with ${sittingMembers} member(s) in office that does not make a committee of 5 to 11, an odd number.`,
    };
  }
  return {
    outcome: 'PASSED',
    ranking,
    elected: ranking.slice(0, take).map((entry) => entry.candidateId),
    reason: `${ranking.length} candidate(s) passed; the top ${take} by approving area, owners and list position take the seats: the committee has ${sittingMembers + take} member(s).`,
  };
}

/** Seats of an election: 5–11, odd; a by-election fills at least one vacancy and stays within them. */
export function seatsProblem(seats: number, sittingMembers: number, candidates: number): string | null {
  const size = committeeSizeProblem(seats);
  if (size) return size.replace('members; ', 'members (seats); ');
  if (seats - sittingMembers < 1) return `The committee already has ${sittingMembers} member(s) in office; seats must exceed that to fill a vacancy.`;
  if (candidates < seats - sittingMembers) return `${seats - sittingMembers} seat(s) are to be filled; list at least that many candidates.`;
  return null;
}
