import { badUserInput } from '../../../platform/errors/error-codes.js';

/** A party organisation's term is at most 5 years (党组织每届任期五年). */
export const MAX_TERM_YEARS = 5;

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Whether a post is held on `day` (YYYY-MM-DD, inclusive at both ends). */
export function isCurrent(post: { termStart: string; termEnd: string }, day: string): boolean {
  return post.termStart <= day && day <= post.termEnd;
}

/** Whether two terms share a day. */
export function termsOverlap(a: { termStart: string; termEnd: string }, b: { termStart: string; termEnd: string }): boolean {
  return a.termStart <= b.termEnd && b.termStart <= a.termEnd;
}

/** Checks a term: real dates, end after start, at most 5 years. */
export function checkTerm(termStart: string, termEnd: string): void {
  const start = new Date(`${termStart}T00:00:00Z`);
  const end = new Date(`${termEnd}T00:00:00Z`);
  if (Number.isNaN(start.getTime()) || start.toISOString().slice(0, 10) !== termStart) throw badUserInput('termStart must be a date written YYYY-MM-DD.', { field: 'termStart' });
  if (Number.isNaN(end.getTime()) || end.toISOString().slice(0, 10) !== termEnd) throw badUserInput('termEnd must be a date written YYYY-MM-DD.', { field: 'termEnd' });
  if (termEnd <= termStart) throw badUserInput('termEnd must come after termStart.', { field: 'termEnd' });
  const limit = new Date(start);
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_TERM_YEARS);
  if (end > limit) throw badUserInput(`A term lasts at most ${MAX_TERM_YEARS} years: end it by ${limit.toISOString().slice(0, 10)}.`, { field: 'termEnd' });
}
