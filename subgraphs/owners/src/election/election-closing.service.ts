import { conflict } from '../../../platform/errors/error-codes.js';
import type { OwnersContext } from '../owners.loaders.js';
import { pathOf } from '../../../platform/access/place-path.js';
import { AssemblyStatus } from '../assembly/assembly-kinds.js';
import { CommitteeRole, CommitteeStatus } from '../committee/committee-kinds.js';
import { MatterCategory } from '../rules/matter-category.js';
import { ResolutionOutcome } from '../resolution/resolution-outcome.js';
import { committeeInOffice } from '../committee/committee-convening.js';
import { OwnersCommittee } from '../committee/owners-committee.entity.js';
import { CommitteeMember } from '../committee/committee-member.entity.js';
import { areaInHundredths } from '../tally/tally.js';
import { ElectionKind, ElectionStatus, OwnersElection } from './owners-election.entity.js';
import { countElection, type CandidateResult } from './election-count.js';
import { recordEvent } from '../../../platform/events/record-event.js';

/** The last day of a term of `years` years from `from` (same calendar day, UTC). */
function termEnd(from: Date, years: number): Date {
  const end = new Date(from);
  end.setUTCFullYear(end.getUTCFullYear() + years);
  return end;
}

/** Why a first assembly's committee cannot take office: its rules of procedure or covenant motion is open or not PASSED. */
async function foundingProblem(ctx: OwnersContext, assemblyId: string): Promise<string | null> {
  const motions = (await ctx.loaders.motionsOfAssembly.load(assemblyId)).filter((motion) => FOUNDING.includes(motion.category));
  for (const motion of motions) {
    const resolution = (await ctx.loaders.resolutionsOfMotion.load(motion.id)).at(-1);
    if (!resolution) throw conflict(`The motion "${motion.title}" is not closed yet: close it with closeOwnersMotion, then decide the election.`);
    if (resolution.outcome !== ResolutionOutcome.PASSED) {
      return `The first assembly did not adopt "${motion.title}" (${resolution.outcome}); no committee takes office without its rules of procedure and management covenant. Convene a new first assembly.`;
    }
  }
  return null;
}

const FOUNDING: readonly MatterCategory[] = [MatterCategory.RULES_OF_PROCEDURE, MatterCategory.MANAGEMENT_COVENANT];

/**
 * Decides an election once every candidate's motion is closed: the counting rule (election-count.ts) seats the
 * winners. FIRST and REELECTION put a new committee in office (the sitting one's term ends): its electedOn is the
 * decision (server time), its term `termYears` years, the best-ranked winner its DIRECTOR (主任) and the others MEMBERs;
 * filing (备案) is then due in 30 days. A BY_ELECTION adds the winners to the committee in office as MEMBERs.
 */
export async function decideElection(ctx: OwnersContext, election: OwnersElection): Promise<OwnersElection> {
  const assembly = (await ctx.loaders.assembly.load(election.assemblyId))!;
  if (assembly.status === AssemblyStatus.CANCELLED) throw conflict('This assembly has been cancelled; its election is not decided.');
  const now = ctx.clock.now();
  if (now < assembly.meetsOn) throw conflict(`This election cannot be decided before its assembly meets (${assembly.meetsOn.toISOString()}).`);
  const candidates = await ctx.loaders.candidatesOfElection.load(election.id);
  const resolutions = await Promise.all(candidates.map(async (candidate) => (await ctx.loaders.resolutionsOfMotion.load(candidate.motionId)).at(-1) ?? null));
  const open = resolutions.filter((resolution) => resolution === null).length;
  if (open > 0) throw conflict(`${open} candidate motion(s) are not closed yet: close each with closeOwnersMotion, then decide the election.`);
  const results: CandidateResult[] = candidates.map((candidate, index) => ({
    candidateId: candidate.id,
    position: candidate.position,
    passed: resolutions[index]!.outcome === ResolutionOutcome.PASSED,
    approvingArea: areaInHundredths(resolutions[index]!.approvingArea),
    approvingOwners: resolutions[index]!.approvingOwners,
  }));
  // A first assembly founds the owners' assembly: its committee takes office only with the rules of procedure and the
  // management covenant adopted at the same assembly (指导规则 Art. 11–12).
  const founding = election.kind === ElectionKind.FIRST ? await foundingProblem(ctx, election.assemblyId) : null;
  const byElection = election.kind === ElectionKind.BY_ELECTION;
  const sitting = byElection ? await committeeInOffice(ctx.em, election.neighborhoodId) : null;
  if (byElection && !sitting) throw conflict('No committee is in office any more; a by-election cannot fill its seats.');
  const counted = countElection(results, election.seats, sitting?.members.length ?? 0);
  const count = founding ? { ...counted, outcome: 'FAILED' as const, elected: [], reason: founding } : counted;

  return ctx.em.transactional(async (tx) => {
    const recorded = { ...pathOf(election), recordedBy: ctx.caller.subject, recordedAt: now };
    let electedCommitteeId: string | null = null;
    if (count.outcome === 'PASSED') {
      const elected = count.elected.map((id) => candidates.find((candidate) => candidate.id === id)!);
      if (sitting) {
        electedCommitteeId = sitting.committee.id;
        for (const candidate of elected) tx.create(CommitteeMember, { ...recorded, committeeId: sitting.committee.id, personId: candidate.personId, role: CommitteeRole.MEMBER });
      } else {
        await tx.execute("update owners.owners_committee set status = 'TERM_ENDED', version = version + 1 where neighborhood_id = ? and status = ?", [election.neighborhoodId, CommitteeStatus.ACTIVE]);
        const committee = tx.create(OwnersCommittee, { ...recorded, electedOn: now, termEndsOn: termEnd(now, election.termYears!), status: CommitteeStatus.ACTIVE });
        electedCommitteeId = committee.id;
        elected.forEach((candidate, index) =>
          tx.create(CommitteeMember, { ...recorded, committeeId: committee.id, personId: candidate.personId, role: index === 0 ? CommitteeRole.DIRECTOR : CommitteeRole.MEMBER }),
        );
      }
      if (election.preparatoryGroupId) {
        await tx.execute("update owners.owners_preparatory_group set status = 'COMPLETED', ended_at = ?, ended_by = ?, version = version + 1 where id = ? and status = 'ACTIVE'", [now, ctx.caller.subject, election.preparatoryGroupId]);
      }
    }
    // The committee and its posts exist before the election row names them.
    await tx.flush();
    const decided = await tx.execute<{ id: string }[]>(
      'update owners.owners_election set status = ?, decided_at = ?, decided_by = ?, outcome_reason = ?, elected_committee_id = ?, version = version + 1 where id = ? and status = ? returning id',
      [count.outcome === 'PASSED' ? ElectionStatus.PASSED : ElectionStatus.FAILED, now, ctx.caller.subject, count.reason, electedCommitteeId, election.id, ElectionStatus.OPEN],
    );
    if (decided.length === 0) throw conflict('This election has already been decided.');
    recordEvent(tx, { type: 'owners.election.decided', place: election, recordType: 'OwnersElection', recordId: election.id, detail: count.outcome });
    const ranks = new Map(count.ranking.map((entry) => [entry.candidateId, entry.rank]));
    const seated = new Set(count.elected);
    for (const candidate of candidates) {
      await tx.execute('update owners.owners_election_candidate set elected = ?, rank = ? where id = ?', [seated.has(candidate.id), ranks.get(candidate.id) ?? null, candidate.id]);
      // The same rows as this request's loaders hold them, so the answer shows the decision.
      Object.assign(candidate, { elected: seated.has(candidate.id), rank: ranks.get(candidate.id) ?? null });
    }
    return tx.findOneOrFail(OwnersElection, { id: election.id }, { refresh: true });
  });
}
