import { checkTerm, isCurrent, termsOverlap } from './post-term.js';

describe('post terms', () => {
  it('accepts a term of up to 5 years and refuses longer, reversed or malformed ones', () => {
    expect(() => checkTerm('2024-01-01', '2029-01-01')).not.toThrow();
    expect(() => checkTerm('2024-01-01', '2029-01-02')).toThrow(/at most 5 years: end it by 2029-01-01/);
    expect(() => checkTerm('2024-01-01', '2023-12-31')).toThrow(/after termStart/);
    expect(() => checkTerm('2024-02-30', '2025-01-01')).toThrow(/termStart must be a date/);
  });
  it('tells current posts and overlapping terms', () => {
    const post = { termStart: '2024-01-01', termEnd: '2028-12-31' };
    expect(isCurrent(post, '2026-11-23')).toBe(true);
    expect(isCurrent(post, '2029-01-01')).toBe(false);
    expect(termsOverlap(post, { termStart: '2028-12-31', termEnd: '2030-01-01' })).toBe(true);
    expect(termsOverlap(post, { termStart: '2029-01-01', termEnd: '2030-01-01' })).toBe(false);
  });
});

describe('a post ended early', () => {
  it('is held until the day it was ended, and one ended before it began never overlaps', () => {
    const ended = { termStart: '2026-01-01', termEnd: '2028-12-31', endedOn: '2026-06-30' };
    expect(isCurrent(ended, '2026-06-30')).toBe(true);
    expect(isCurrent(ended, '2026-07-01')).toBe(false);
    expect(termsOverlap(ended, { termStart: '2026-07-01', termEnd: '2028-12-31' })).toBe(false);
    const withdrawn = { termStart: '2027-01-01', termEnd: '2028-12-31', endedOn: '2026-06-30' };
    expect(termsOverlap(withdrawn, { termStart: '2027-01-01', termEnd: '2028-12-31' })).toBe(false);
  });
});
