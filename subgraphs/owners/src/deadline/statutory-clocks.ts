/**
 * Statutory clocks (法定时限) of owners' self-governance, derived from the dates this subgraph stores. Pure; every
 * date is a UTC calendar day (the stored dates are days entered as midnight UTC), and a deadline is met on its due
 * day itself: it is overdue from the day after.
 *
 * - ASSEMBLY_NOTICE: an assembly is noticed at least 15 days before it meets (notice on day meetsOn − 15 at the
 *   latest); open while the recorded notice day has not come.
 * - RESOLUTION_PUBLICATION: a resolution is published (公示) within 3 days of the decision; open until published.
 * - COMMITTEE_FILING: a committee files (备案) within 30 days of its election; open until filed.
 * - TERM_EXPIRY: the term of a committee in office ends; warned from 3 calendar months before the last day, overdue
 *   once the term has ended with no successor elected.
 */
export enum StatutoryDeadlineKind {
  ASSEMBLY_NOTICE = 'ASSEMBLY_NOTICE',
  RESOLUTION_PUBLICATION = 'RESOLUTION_PUBLICATION',
  COMMITTEE_FILING = 'COMMITTEE_FILING',
  TERM_EXPIRY = 'TERM_EXPIRY',
}

export enum StatutoryDeadlineStatus {
  UPCOMING = 'UPCOMING',
  OVERDUE = 'OVERDUE',
}

export const ASSEMBLY_NOTICE_DAYS = 15;
export const PUBLICATION_DAYS = 3;
export const FILING_DAYS = 30;
export const TERM_WARNING_MONTHS = 3;

/** The stored dates the clocks derive from. */
export interface ClockFacts {
  committees: { committeeId: string; neighborhoodId: string; electedOn: Date; termEndsOn: Date; filedOn: Date | null; inOffice: boolean }[];
  assemblies: { assemblyId: string; committeeId: string; neighborhoodId: string; noticeOn: Date; meetsOn: Date }[];
  resolutions: { resolutionId: string; committeeId: string; neighborhoodId: string; decidedAt: Date; published: boolean }[];
}

export interface StatutoryClock {
  kind: StatutoryDeadlineKind;
  /** The last day allowed, YYYY-MM-DD. */
  dueOn: string;
  status: StatutoryDeadlineStatus;
  /** Days from today to the due day; 0 on the day, negative when overdue. */
  daysLeft: number;
  neighborhoodId: string;
  committeeId: string;
  assemblyId: string | null;
  resolutionId: string | null;
}

const DAY_MS = 24 * 3600 * 1000;

/** Days since 1970-01-01 of the UTC calendar day of `date`. */
export function dayNumber(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The same day `months` calendar months later (or earlier), clamped to the month's last day (31 May − 3 months = 28/29 Feb). */
export function addMonths(day: number, months: number): number {
  const date = new Date(day * DAY_MS);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return dayNumber(new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(date.getUTCDate(), lastDay))));
}

/**
 * The open clocks due within `withinDays` of `today` (and every overdue one; a term-expiry warning also throughout
 * its 3 months), earliest first.
 */
export function statutoryClocks(facts: ClockFacts, today: Date, withinDays: number): StatutoryClock[] {
  const now = dayNumber(today);
  const clocks: StatutoryClock[] = [];
  const add = (kind: StatutoryDeadlineKind, due: number, place: { neighborhoodId: string; committeeId: string }, about: { assemblyId?: string; resolutionId?: string }, warnFrom?: number) => {
    const daysLeft = due - now;
    if (daysLeft > withinDays && (warnFrom === undefined || now < warnFrom)) return;
    clocks.push({
      kind,
      dueOn: isoDay(due),
      status: daysLeft < 0 ? StatutoryDeadlineStatus.OVERDUE : StatutoryDeadlineStatus.UPCOMING,
      daysLeft,
      neighborhoodId: place.neighborhoodId,
      committeeId: place.committeeId,
      assemblyId: about.assemblyId ?? null,
      resolutionId: about.resolutionId ?? null,
    });
  };
  for (const assembly of facts.assemblies) {
    if (dayNumber(assembly.noticeOn) <= now) continue;
    add(StatutoryDeadlineKind.ASSEMBLY_NOTICE, dayNumber(assembly.meetsOn) - ASSEMBLY_NOTICE_DAYS, assembly, { assemblyId: assembly.assemblyId });
  }
  for (const resolution of facts.resolutions) {
    if (resolution.published) continue;
    add(StatutoryDeadlineKind.RESOLUTION_PUBLICATION, dayNumber(resolution.decidedAt) + PUBLICATION_DAYS, resolution, { resolutionId: resolution.resolutionId });
  }
  for (const committee of facts.committees) {
    if (!committee.inOffice) continue;
    if (committee.filedOn === null) add(StatutoryDeadlineKind.COMMITTEE_FILING, dayNumber(committee.electedOn) + FILING_DAYS, committee, {});
    const termEnd = dayNumber(committee.termEndsOn);
    add(StatutoryDeadlineKind.TERM_EXPIRY, termEnd, committee, {}, addMonths(termEnd, -TERM_WARNING_MONTHS));
  }
  const order = Object.values(StatutoryDeadlineKind);
  return clocks.sort(
    (a, b) =>
      a.daysLeft - b.daysLeft ||
      order.indexOf(a.kind) - order.indexOf(b.kind) ||
      (a.assemblyId ?? a.resolutionId ?? a.committeeId).localeCompare(b.assemblyId ?? b.resolutionId ?? b.committeeId),
  );
}
