import { badUserInput } from '../../../platform/errors/error-codes.js';

/** A party organisation's term is at most 5 years (党组织每届任期五年). */
export const MAX_TERM_YEARS = 5;

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A term, and the last day in office when it was ended early (before termStart: it never began). */
export interface Term {
  termStart: string;
  termEnd: string;
  endedOn?: string | null;
}

/** The last day the post is (or was) held: the term's end, or the day it was ended early. */
export function effectiveTermEnd(term: Term): string {
  return term.endedOn && term.endedOn < term.termEnd ? term.endedOn : term.termEnd;
}

/** Whether a post is held on `day` (YYYY-MM-DD, inclusive at both ends). */
export function isCurrent(post: Term, day: string): boolean {
  return post.termStart <= day && day <= effectiveTermEnd(post);
}

/** Whether two terms share a day (a term ended before it began shares none). */
export function termsOverlap(a: Term, b: Term): boolean {
  return a.termStart <= effectiveTermEnd(b) && b.termStart <= effectiveTermEnd(a) && a.termStart <= effectiveTermEnd(a) && b.termStart <= effectiveTermEnd(b);
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
