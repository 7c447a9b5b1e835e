import { committeeSizeProblem } from '../committee/committee.rules.js';

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
  /** Candidates whose motion passed, best first, with their rank from 1 (equal votes, equal rank: 1, 2, 2, 4). */
  ranking: { candidateId: string; rank: number }[];
  /** Candidates who take a seat, best first (the first is the director of a new committee). */
  elected: string[];
  reason: string;
}

/** Equal approving area and equal approving owners: a tie the counting rule does not break. */
const tied = (a: CandidateResult, b: CandidateResult) => a.approvingArea === b.approvingArea && a.approvingOwners === b.approvingOwners;

/**
 * The counting rule for electing several members (多名委员的计票规则):
 * 1. Each candidate is voted on in their own motion (FOR / AGAINST / ABSTAIN per unit). A candidate can be elected
 *    only if that motion PASSED under the rules fixed when the assembly was convened — by default 民法典 Art. 278:
 *    owners of at least 2/3 of the area and 2/3 of the owners take part, and more than half of the participating
 *    area AND more than half of the participating owners vote FOR. Exactly half is not enough. An abstention counts
 *    towards the quorum but not towards approval, so for approval it weighs like AGAINST.
 * 2. Passing candidates rank by approving area (desc), then approving owners (desc). Candidates equal in both are
 *    tied and share a rank; list position never decides who sits.
 * 3. The seats taken are the largest number k ≤ min(vacancies, passing candidates) for which sitting members + k is
 *    odd and within 5–11 and the k-th and (k+1)-th passing candidates are not tied (a tie across the last seat leaves
 *    those seats empty rather than being broken by list order or lot). The top k are elected; more passing candidates
 *    than seats means the lowest-ranked are not elected.
 * 4. If there is no such k ≥ 1 the election FAILS and nobody is seated: the convener holds a new election.
 * 5. For a new committee the first-ranked winner is its director (主任); where several share the first rank, the
 *    one earlier on the published list (this is the only use of list position).
 */
export function countElection(results: readonly CandidateResult[], seats: number, sittingMembers: number): ElectionCount {
  const passing = results
    .filter((result) => result.passed)
    .sort((a, b) => (a.approvingArea !== b.approvingArea ? (b.approvingArea > a.approvingArea ? 1 : -1) : b.approvingOwners - a.approvingOwners || a.position - b.position));
  const ranking = passing.map((result, index) => ({ candidateId: result.candidateId, rank: 0, index }));
  ranking.forEach((entry, index) => {
    entry.rank = index > 0 && tied(passing[index - 1], passing[index]) ? ranking[index - 1].rank : index + 1;
  });
  const vacancies = seats - sittingMembers;
  const splitsTie = (k: number) => k < passing.length && tied(passing[k - 1], passing[k]);
  let take = Math.min(vacancies, passing.length);
  let tieRefused = false;
  while (take > 0 && (committeeSizeProblem(sittingMembers + take) !== null || splitsTie(take))) {
    tieRefused ||= committeeSizeProblem(sittingMembers + take) === null;
    take -= 1;
  }
  const ranked = ranking.map(({ candidateId, rank }) => ({ candidateId, rank }));
  if (take === 0) {
    return {
      outcome: 'FAILED',
      ranking: ranked,
      elected: [],
      reason:
        `${passing.length} candidate(s) passed; with ${sittingMembers} member(s) in office that does not make a committee of 5 to 11, an odd number` +
        `${tieRefused ? ', without splitting a tie of equal approving area and owners' : ''}; hold a new election.`,
    };
  }
  return {
    outcome: 'PASSED',
    ranking: ranked,
    elected: passing.slice(0, take).map((result) => result.candidateId),
    reason: `${passing.length} candidate(s) passed; the top ${take} by approving area, then approving owners, take the seats: the committee has ${sittingMembers + take} member(s).`,
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
