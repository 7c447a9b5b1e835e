import { officerChoiceProblem } from './committee-officers.rules.js';

describe('choosing the committee officers (推选主任、副主任)', () => {
  const members = new Set(['a', 'b', 'c', 'd', 'e']);

  it('accepts a director alone, or with one or two deputies among the members', () => {
    expect(officerChoiceProblem(members, 'a', [])).toBeNull();
    expect(officerChoiceProblem(members, 'a', ['b'])).toBeNull();
    expect(officerChoiceProblem(members, 'a', ['b', 'c'])).toBeNull();
  });

  it('refuses a third deputy, a repeated one, the director as deputy and anyone not a member in office', () => {
    expect(officerChoiceProblem(members, 'a', ['b', 'c', 'd'])).toBe('A committee has at most 2 deputy directors.');
    expect(officerChoiceProblem(members, 'a', ['b', 'b'])).toBe('Each deputy director is named once.');
    expect(officerChoiceProblem(members, 'a', ['a'])).toBe('The director cannot also be a deputy director.');
    expect(officerChoiceProblem(members, 'x', [])).toBe('The director must be a voting member of this committee in office.');
    expect(officerChoiceProblem(members, 'a', ['x'])).toBe('Every deputy director must be a voting member of this committee in office.');
  });
});
