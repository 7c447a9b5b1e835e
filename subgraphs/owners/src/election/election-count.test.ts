import { countElection, seatsProblem, type CandidateResult } from './election-count.js';
import { tallyMotion, type BallotChoice, type ElectorateUnit } from '../tally/tally.js';
import { CIVIL_CODE_THRESHOLDS } from '../tally/thresholds.js';

// The counting rule for several candidates (election-count.ts), fed by the real Art. 278 tally of each candidate's motion.

/** Ten units of 100 m², one owner each. */
const electorate: ElectorateUnit[] = Array.from({ length: 10 }, (_, index) => ({ unitId: `u${index}`, area: '100.00', developerHeld: false, ownerIds: [`o${index}`] }));

/** A candidate's motion voted by units in order: `for` FOR, then `against` AGAINST, then `abstain` ABSTAIN; the rest do not vote. */
function voted(position: number, votes: { for: number; against?: number; abstain?: number }): CandidateResult {
  const choices: BallotChoice[] = [...Array(votes.for).fill('FOR'), ...Array(votes.against ?? 0).fill('AGAINST'), ...Array(votes.abstain ?? 0).fill('ABSTAIN')];
  const ballots = new Map(choices.map((choice, index) => [electorate[index].unitId, choice]));
  const tally = tallyMotion(electorate, ballots, 'ORDINARY', CIVIL_CODE_THRESHOLDS);
  return { candidateId: `c${position}`, position, passed: tally.outcome === 'PASSED', approvingArea: tally.approvingArea, approvingOwners: tally.approvingOwners };
}

/** A candidate whose motion passed with this approving area (hundredths) and owners, for ranking cases. */
const passedWith = (position: number, approvingArea: number, approvingOwners = 10): CandidateResult => ({
  candidateId: `c${position}`,
  position,
  passed: true,
  approvingArea: BigInt(approvingArea),
  approvingOwners,
});

describe('the counting rule for several candidates', () => {
  it('elects nobody whose own motion reached exactly half: more than half of the participating area and owners is needed', () => {
    expect(voted(1, { for: 5, against: 5 }).passed).toBe(false);
    expect(voted(1, { for: 6, against: 4 }).passed).toBe(true);
    // Five candidates at 6 of 10 and one at exactly half, for five seats: the five are elected, the sixth is not.
    const count = countElection([voted(1, { for: 5, against: 5 }), ...[2, 3, 4, 5, 6].map((n) => voted(n, { for: 6, against: 4 }))], 5, 0);
    expect(count.elected).toEqual(['c2', 'c3', 'c4', 'c5', 'c6']);
    // With only four above half, five seats cannot be filled: the election fails.
    const four = countElection([voted(1, { for: 5, against: 5 }), ...[2, 3, 4, 5].map((n) => voted(n, { for: 6, against: 4 })), voted(6, { for: 5, against: 5 })], 5, 0);
    expect(four).toEqual({
      outcome: 'FAILED',
      ranking: [
        { candidateId: 'c2', rank: 1 },
        { candidateId: 'c3', rank: 1 },
        { candidateId: 'c4', rank: 1 },
        { candidateId: 'c5', rank: 1 },
      ],
      elected: [],
      reason: '4 candidate(s) passed; with 0 member(s) in office that does not make a committee of 5 to 11, an odd number; hold a new election.',
    });
  });

  it('counts abstentions towards the quorum but not towards approval', () => {
    // 5 FOR, 1 AGAINST, 4 ABSTAIN: 5 of 10 participating is not more than half — the abstentions weigh like AGAINST.
    expect(voted(1, { for: 5, against: 1, abstain: 4 }).passed).toBe(false);
    // 6 FOR alone is 6 of 10 owners and area taking part, below the 2/3 quorum; one abstention brings it to 7 and it passes.
    expect(voted(1, { for: 6 }).passed).toBe(false);
    expect(voted(1, { for: 6, abstain: 1 }).passed).toBe(true);
    // 4 FOR, 3 ABSTAIN: quorum met (7 of 10) and 4 of 7 is more than half.
    expect(voted(1, { for: 4, abstain: 3 })).toEqual({ candidateId: 'c1', position: 1, passed: true, approvingArea: 40000n, approvingOwners: 4 });
  });

  it('with more candidates than seats, seats the best-ranked by approving area, then approving owners; a failed motion never sits', () => {
    // c1 reached exactly half of 10 participating (500 m² FOR, not elected) though it has more FOR area than c7 (400 m² of 7).
    const results = [voted(1, { for: 5, against: 5 }), passedWith(2, 60000, 6), passedWith(3, 70000, 5), passedWith(4, 70000, 7), passedWith(5, 90000, 9), passedWith(6, 80000, 8), voted(7, { for: 4, abstain: 3 })];
    expect(countElection(results, 5, 0)).toEqual({
      outcome: 'PASSED',
      ranking: [
        { candidateId: 'c5', rank: 1 },
        { candidateId: 'c6', rank: 2 },
        { candidateId: 'c4', rank: 3 },
        { candidateId: 'c3', rank: 4 },
        { candidateId: 'c2', rank: 5 },
        { candidateId: 'c7', rank: 6 },
      ],
      elected: ['c5', 'c6', 'c4', 'c3', 'c2'],
      reason: '6 candidate(s) passed; the top 5 by approving area, then approving owners, take the seats: the committee has 5 member(s).',
    });
  });

  it('never breaks a tie across the last seat by list position: those seats stay empty, or the election fails', () => {
    // 8 pass for 7 seats, the 7th and 8th equal in area and owners: 5 are seated (6 would be even).
    const eight = [1, 2, 3, 4, 5, 6].map((n) => passedWith(n, 10000 - n)).concat([passedWith(7, 500), passedWith(8, 500)]);
    const count = countElection(eight, 7, 0);
    expect(count.elected).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(count.ranking.slice(-2)).toEqual([
      { candidateId: 'c7', rank: 7 },
      { candidateId: 'c8', rank: 7 },
    ]);
    // 6 pass for 5 seats, the 5th and 6th tied: 5 would split the tie and 3 is too few — FAILED, whatever the list order.
    const six = [1, 2, 3, 4].map((n) => passedWith(n, 10000 - n)).concat([passedWith(5, 500, 5), passedWith(6, 500, 5)]);
    expect(countElection(six, 5, 0)).toMatchObject({
      outcome: 'FAILED',
      elected: [],
      reason: '6 candidate(s) passed; with 0 member(s) in office that does not make a committee of 5 to 11, an odd number, without splitting a tie of equal approving area and owners; hold a new election.',
    });
    // Equal area but different owners is no tie: approving owners decide.
    expect(countElection([...six.slice(0, 5), passedWith(6, 500, 6)], 5, 0).elected).toEqual(['c1', 'c2', 'c3', 'c4', 'c6']);
    // A tie inside the seats elects both; they share a rank, and the director is the one first on the list only among those tied first.
    const topTie = countElection([passedWith(3, 900), passedWith(1, 900), passedWith(2, 800), passedWith(4, 700), passedWith(5, 600)], 5, 0);
    expect(topTie.elected).toEqual(['c1', 'c3', 'c2', 'c4', 'c5']);
    expect(topTie.ranking.map((entry) => entry.rank)).toEqual([1, 1, 3, 4, 5]);
  });

  it('seats only an odd number: 6 passing of 7 seats elects the top 5; 8 passing of 7 seats elects 7', () => {
    const six = [1, 2, 3, 4, 5, 6].map((n) => passedWith(n, 100 - n));
    expect(countElection(six, 7, 0)).toMatchObject({ outcome: 'PASSED', elected: ['c1', 'c2', 'c3', 'c4', 'c5'] });
    const eight = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => passedWith(n, 100 - n));
    expect(countElection(eight, 7, 0).elected).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']);
  });

  it('by-election: fills vacancies up to an odd total within 5–11', () => {
    const three = [1, 2, 3].map((n) => passedWith(n, 10 * n));
    // 4 in office, 7 seats: 3 vacancies, 3 pass → 7.
    expect(countElection(three, 7, 4)).toMatchObject({ outcome: 'PASSED', elected: ['c3', 'c2', 'c1'] });
    // 4 in office, 7 seats, 2 pass → 4 + 1 = 5.
    expect(countElection(three.slice(0, 2), 7, 4)).toMatchObject({ outcome: 'PASSED', elected: ['c2'] });
    // 4 in office, nobody passes → FAILED.
    expect(countElection([voted(1, { for: 5, against: 5 })], 5, 4)).toMatchObject({ outcome: 'FAILED', elected: [] });
    // 3 in office, 1 passes: 4 is no committee → FAILED.
    expect(countElection([passedWith(1, 10)], 5, 3)).toMatchObject({ outcome: 'FAILED' });
  });

  it('checks seats: 5–11 and odd, at least one vacancy, enough candidates', () => {
    expect(seatsProblem(4, 0, 9)).toBe('A committee has 5 to 11 members (seats); 4 were given.');
    expect(seatsProblem(13, 0, 13)).toBe('A committee has 5 to 11 members (seats); 13 were given.');
    expect(seatsProblem(6, 0, 9)).toBe('A committee has an odd number of members (seats); 6 were given.');
    expect(seatsProblem(5, 0, 5)).toBeNull();
    expect(seatsProblem(11, 0, 11)).toBeNull();
    expect(seatsProblem(5, 0, 4)).toBe('5 seat(s) are to be filled; list at least that many candidates.');
    expect(seatsProblem(5, 5, 3)).toBe('The committee already has 5 member(s) in office; seats must exceed that to fill a vacancy.');
    expect(seatsProblem(7, 4, 3)).toBeNull();
  });
});
