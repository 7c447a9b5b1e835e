/**
 * Who may be chosen as the committee's officers (推选主任、副主任): a director and at most two deputies, each a
 * different voting member in office. Returns what is wrong, or null. Pure, so its boundaries are unit-tested.
 */
export const MAX_DEPUTY_DIRECTORS = 2;

export function officerChoiceProblem(votingMemberIds: ReadonlySet<string>, directorId: string, deputyIds: readonly string[]): string | null {
  if (!votingMemberIds.has(directorId)) return 'The director must be a voting member of this committee in office.';
  if (deputyIds.length > MAX_DEPUTY_DIRECTORS) return `A committee has at most ${MAX_DEPUTY_DIRECTORS} deputy directors.`;
  if (new Set(deputyIds).size !== deputyIds.length) return 'Each deputy director is named once.';
  if (deputyIds.includes(directorId)) return 'The director cannot also be a deputy director.';
  if (deputyIds.some((id) => !votingMemberIds.has(id))) return 'Every deputy director must be a voting member of this committee in office.';
  return null;
}
