/** 业主大会和业主委员会指导规则: 5 to 11 members, an odd number. */
export function committeeSizeProblem(memberCount: number): string | null {
  if (memberCount < 5 || memberCount > 11) return `A committee has 5 to 11 members; ${memberCount} were given.`;
  if (memberCount % 2 === 0) return `A committee has an odd number of members; ${memberCount} were given.`;
  return null;
}

/** A term of at most 5 years from the election day. */
export function termProblem(electedOn: Date, termEndsOn: Date): string | null {
  const limit = new Date(electedOn);
  limit.setUTCFullYear(limit.getUTCFullYear() + 5);
  if (termEndsOn <= electedOn) return 'The term must end after the election day.';
  if (termEndsOn > limit) return 'A term lasts at most 5 years from the election day.';
  return null;
}

/** Filing (备案) is due 30 days after the election. */
export function filingDeadline(electedOn: Date): Date {
  return new Date(electedOn.getTime() + 30 * 24 * 3600 * 1000);
}

/** Not filed and the 30 days have passed (逾期未备案), at `now` by the server's clock. */
export function filingOverdue(committee: { filedOn: Date | null; electedOn: Date }, now: Date): boolean {
  return committee.filedOn === null && filingDeadline(committee.electedOn) < now;
}

/** A committee meeting needs more than half of all members present. */
export function committeeMeetingQuorum(present: number, members: number): boolean {
  return present * 2 > members;
}

/** A committee decision needs more than half of all members (not only of those present). */
export function committeeDecisionCarried(inFavour: number, members: number): boolean {
  return inFavour * 2 > members;
}

/** Share of party members among committee members, as an exact fraction (each person counted once). */
export function partyMemberShare(members: readonly { personId: string; partyMember: boolean }[]): { partyMembers: number; members: number } {
  const byPerson = new Map<string, boolean>();
  for (const member of members) byPerson.set(member.personId, (byPerson.get(member.personId) ?? false) || member.partyMember);
  return { partyMembers: [...byPerson.values()].filter(Boolean).length, members: byPerson.size };
}

/** Publication (公示) is due 3 days after the decision. */
export function publicationDeadline(decidedAt: Date): Date {
  return new Date(decidedAt.getTime() + 3 * 24 * 3600 * 1000);
}

export const ASSEMBLY_NOTICE_DAYS = 15;

/**
 * An owners' assembly is noticed at least 15 days ahead (物业管理条例 Art. 14): the notice is given now, by the server's
 * clock, so the meeting may start no earlier than 15 × 24 hours from now.
 */
export function assemblyNoticeProblem(noticeAt: Date, meetsOn: Date): string | null {
  return meetsOn.getTime() < noticeAt.getTime() + ASSEMBLY_NOTICE_DAYS * 24 * 3600 * 1000
    ? "An owners' assembly meets at least 15 days after its notice, which is given when it is convened or postponed (now, by the server's clock); set meetsOn at least 15 days from now."
    : null;
}

/** Where a motion stands against the clock: ballots and closing only from the meeting's start. */
export function votingWindowProblem(now: Date, meetsOn: Date, action: 'ballot' | 'close'): string | null {
  if (now >= meetsOn) return null;
  return action === 'ballot'
    ? `Voting on this motion opens when the assembly meets (${meetsOn.toISOString()}); no ballot is accepted before then.`
    : `This motion cannot be closed before its assembly meets (${meetsOn.toISOString()}).`;
}
