import { countElection, seatsProblem, type CandidateResult } from './election-count.js';

const candidate = (position: number, passed: boolean, approvingArea: number, approvingOwners = 10): CandidateResult => ({
  candidateId: `c${position}`,
  position,
  passed,
  approvingArea: BigInt(approvingArea),
  approvingOwners,
});

describe('the counting rule for several candidates', () => {
  it('ranks passing candidates by approving area, then owners, then list position', () => {
    const count = countElection([candidate(1, true, 500, 9), candidate(2, true, 600, 1), candidate(3, true, 500, 10), candidate(4, true, 500, 10), candidate(5, true, 100), candidate(6, false, 9999)], 5, 0);
    expect(count).toEqual({
      outcome: 'PASSED',
      ranking: [
        { candidateId: 'c2', rank: 1 },
        { candidateId: 'c3', rank: 2 },
        { candidateId: 'c4', rank: 3 },
        { candidateId: 'c1', rank: 4 },
        { candidateId: 'c5', rank: 5 },
      ],
      elected: ['c2', 'c3', 'c4', 'c1', 'c5'],
      reason: '5 candidate(s) passed; the top 5 by approving area, owners and list position take the seats: the committee has 5 member(s).',
    });
  });

  it('fails with 4 passing candidates for 5 seats, and passes with exactly 5', () => {
    const four = [1, 2, 3, 4].map((n) => candidate(n, true, 100 * n));
    expect(countElection([...four, candidate(5, false, 1)], 5, 0)).toMatchObject({ outcome: 'FAILED', elected: [] });
    expect(countElection([...four, candidate(5, true, 1)], 5, 0)).toMatchObject({ outcome: 'PASSED', elected: ['c4', 'c3', 'c2', 'c1', 'c5'] });
  });

  it('seats only an odd number: 6 passing of 7 seats elects the top 5; 8 passing of 7 seats elects 7', () => {
    const six = [1, 2, 3, 4, 5, 6].map((n) => candidate(n, true, 100 - n));
    expect(countElection(six, 7, 0)).toMatchObject({ outcome: 'PASSED', elected: ['c1', 'c2', 'c3', 'c4', 'c5'] });
    const eight = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => candidate(n, true, 100 - n));
    expect(countElection(eight, 7, 0).elected).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']);
  });

  it('by-election: fills vacancies up to an odd total within 5–11', () => {
    const three = [1, 2, 3].map((n) => candidate(n, true, 10 * n));
    // 4 in office, 7 seats: 3 vacancies, 3 pass → 7.
    expect(countElection(three, 7, 4)).toMatchObject({ outcome: 'PASSED', elected: ['c3', 'c2', 'c1'] });
    // 4 in office, 7 seats, 2 pass → 4 + 1 = 5.
    expect(countElection(three.slice(0, 2), 7, 4)).toMatchObject({ outcome: 'PASSED', elected: ['c2'] });
    // 4 in office, nobody passes → FAILED.
    expect(countElection([candidate(1, false, 10)], 5, 4)).toMatchObject({ outcome: 'FAILED', elected: [] });
    // 3 in office, 1 passes: 4 is no committee → FAILED.
    expect(countElection([candidate(1, true, 10)], 5, 3)).toMatchObject({ outcome: 'FAILED' });
  });

  it('checks seats: 5–11 and odd, at least one vacancy, enough candidates', () => {
    expect(seatsProblem(4, 0, 9)).toBe('A committee has 5 to 11 members (seats); 4 were given.');
    expect(seatsProblem(13, 0, 13)).toBe('A committee has 5 to 11 members (seats); 13 were given.');
    expect(seatsProblem(6, 0, 9)).toBe('A committee has an odd number of members; 6 were given.');
    expect(seatsProblem(5, 0, 5)).toBeNull();
    expect(seatsProblem(11, 0, 11)).toBeNull();
    expect(seatsProblem(5, 0, 4)).toBe('5 seat(s) are to be filled; list at least that many candidates.');
    expect(seatsProblem(5, 5, 3)).toBe('The committee already has 5 member(s) in office; seats must exceed that to fill a vacancy.');
    expect(seatsProblem(7, 4, 3)).toBeNull();
  });
});
