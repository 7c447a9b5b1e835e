import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict } from '../../../platform/errors/error-codes.js';
import type { OwnersContext } from '../owners.loaders.js';
import { requireOwnCommittee } from '../access/visible-record.js';
import { CommitteeRole, CommitteeStatus } from './committee-kinds.js';
import { committeeSizeProblem } from './committee.rules.js';
import { CommitteeMember } from './committee-member.entity.js';
import { OwnersCommittee } from './owners-committee.entity.js';

/** Voting members in office (not executive secretaries, not left office) of a committee. */
export async function membersInOffice(em: EntityManager, committeeId: string): Promise<CommitteeMember[]> {
  return em.find(CommitteeMember, { committeeId, leftOn: null, role: { $ne: CommitteeRole.EXECUTIVE_SECRETARY } }, { orderBy: { personId: 'asc' } });
}

/** The committee in office in a neighborhood, if any, with its voting members in office. */
export async function committeeInOffice(em: EntityManager, neighborhoodId: string): Promise<{ committee: OwnersCommittee; members: CommitteeMember[] } | null> {
  const committee = await em.findOne(OwnersCommittee, { neighborhoodId, status: CommitteeStatus.ACTIVE }, { orderBy: { electedOn: 'desc' } });
  return committee ? { committee, members: await membersInOffice(em, committee.id) } : null;
}

/**
 * The committee the caller acts for, constituted to convene an assembly: 5 to 11 voting members in office, an odd
 * number (业主大会和业主委员会指导规则). Otherwise CONFLICT: a by-election convened by the street's preparatory group
 * restores it.
 */
export async function requireConveningCommittee(ctx: OwnersContext): Promise<{ committee: OwnersCommittee; members: CommitteeMember[] }> {
  const committee = await requireOwnCommittee(ctx);
  const members = await membersInOffice(ctx.em, committee.id);
  const problem = committeeSizeProblem(members.length);
  if (problem) {
    throw conflict(
      `A committee convenes an assembly only while 5 to 11 members (an odd number) are in office; it has ${members.length}. ` +
        "The street office's preparatory group convenes a by-election (conveneOwnersElection, kind BY_ELECTION).",
    );
  }
  return { committee, members };
}
