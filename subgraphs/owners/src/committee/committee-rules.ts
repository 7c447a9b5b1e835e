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

/** An owners' assembly is noticed at least 15 days ahead. */
export function assemblyNoticeProblem(noticeOn: Date, meetsOn: Date): string | null {
  const earliest = new Date(noticeOn.getTime() + 15 * 24 * 3600 * 1000);
  return meetsOn < earliest ? 'An owners\' assembly must be noticed at least 15 days before it meets; move meetsOn later.' : null;
}
