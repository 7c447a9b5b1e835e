import { PreparatoryMemberKind } from './preparatory-group-member.entity.js';

/**
 * 业主大会和业主委员会指导规则 Art. 10: owners' representatives, the developer, the street office and the residents'
 * committee; an odd number of members, owners' representatives at least half; the street office's representative
 * leads. Returns what is wrong, or null.
 */
export function preparatoryGroupProblem(members: readonly { personId: string; kind: PreparatoryMemberKind; leads: boolean }[]): string | null {
  if (new Set(members.map((member) => member.personId)).size !== members.length) return 'Each person is listed once.';
  if (members.length % 2 === 0) return `A preparatory group has an odd number of members; ${members.length} were given.`;
  const missing = Object.values(PreparatoryMemberKind).filter((kind) => !members.some((member) => member.kind === kind));
  if (missing.length > 0) return `A preparatory group includes owners' representatives, the developer, the street office and the residents' committee; missing: ${missing.join(', ')}.`;
  const owners = members.filter((member) => member.kind === PreparatoryMemberKind.OWNER_REPRESENTATIVE).length;
  if (owners * 2 < members.length) return `Owners' representatives are at least half of the group; ${owners} of ${members.length} were given.`;
  const leaders = members.filter((member) => member.leads);
  if (leaders.length !== 1 || leaders[0].kind !== PreparatoryMemberKind.STREET) return "Exactly one member leads the group, and it is the street office's representative.";
  return null;
}
