import {
  assemblyNoticeProblem,
  committeeDecisionCarried,
  committeeMeetingQuorum,
  committeeSizeProblem,
  filingDeadline,
  partyMemberShare,
  publicationDeadline,
  termProblem,
} from './committee.rules.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('committee rules', () => {
  it('accepts 5, 7, 9 and 11 members and refuses others', () => {
    expect([5, 7, 9, 11].map(committeeSizeProblem)).toEqual([null, null, null, null]);
    expect(committeeSizeProblem(3)).toBe('A committee has 5 to 11 members; 3 were given.');
    expect(committeeSizeProblem(13)).toBe('A committee has 5 to 11 members; 13 were given.');
    expect(committeeSizeProblem(6)).toBe('A committee has an odd number of members; 6 were given.');
  });

  it('allows a term of exactly 5 years and not a day more', () => {
    expect(termProblem(day('2026-01-10'), day('2031-01-10'))).toBeNull();
    expect(termProblem(day('2026-01-10'), day('2031-01-11'))).toBe('A term lasts at most 5 years from the election day.');
    expect(termProblem(day('2026-01-10'), day('2026-01-10'))).toBe('The term must end after the election day.');
  });

  it('sets filing 30 days and publication 3 days after', () => {
    expect(filingDeadline(day('2026-01-10'))).toEqual(day('2026-02-09'));
    expect(publicationDeadline(day('2026-01-10'))).toEqual(day('2026-01-13'));
  });

  it('needs more than half of all members present and in favour', () => {
    expect(committeeMeetingQuorum(4, 7)).toBe(true);
    expect(committeeMeetingQuorum(3, 7)).toBe(false);
    expect(committeeMeetingQuorum(3, 5)).toBe(true);
    // 4 of 7 present, 3 in favour: a majority of those present but not of all members.
    expect(committeeDecisionCarried(3, 7)).toBe(false);
    expect(committeeDecisionCarried(4, 7)).toBe(true);
  });

  it('needs 15 days of notice', () => {
    expect(assemblyNoticeProblem(day('2026-01-01'), day('2026-01-16'))).toBeNull();
    expect(assemblyNoticeProblem(day('2026-01-01'), day('2026-01-15'))).toMatch('at least 15 days');
  });

  it('counts the share of party members once per person', () => {
    expect(
      partyMemberShare([
        { personId: 'a', partyMember: true },
        { personId: 'b', partyMember: false },
        { personId: 'c', partyMember: true },
        { personId: 'a', partyMember: true },
      ]),
    ).toEqual({ partyMembers: 2, members: 3 });
    expect(partyMemberShare([])).toEqual({ partyMembers: 0, members: 0 });
  });
});
