import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';
import type { OwnersContext } from '../owners.loaders.js';
import { pathOf, type PlacePath } from '../../../platform/access/place-path.js';
import { loadVisibleRecord } from '../access/visible-record.js';
import { AssemblyNoticeKind } from '../assembly/assembly-kinds.js';
import { MatterCategory } from '../rules/matter-category.js';
import { assemblyNoticeProblem, committeeSizeProblem } from '../committee/committee.rules.js';
import { committeeInOffice, requireConveningCommittee } from '../committee/committee-convening.js';
import { CommitteeMember } from '../committee/committee-member.entity.js';
import type { OwnersCommittee } from '../committee/owners-committee.entity.js';
import { NegativeListEntry } from '../committee/negative-list.entity.js';
import { OwnersAssembly } from '../assembly/owners-assembly.entity.js';
import { OwnersAssemblyNotice } from '../assembly/assembly-notice.entity.js';
import { OwnersMotion } from '../assembly/owners-motion.entity.js';
import { rulesInForce } from '../rules/rules-in-force.service.js';
import { motionThresholds } from '../rules/voting-rules.rules.js';
import { thresholdsFor, type VotingThresholds } from '../tally/thresholds.js';
import { PreparatoryGroup, PreparatoryGroupStatus } from '../formation/preparatory-group.entity.js';
import { requirePreparatoryWork } from '../formation/preparatory-group.access.js';
import { latestElectorate } from '../formation/preparatory-place.js';
import { ElectionKind, ElectionStatus, OwnersElection } from './owners-election.entity.js';
import { ElectionCandidate } from './election-candidate.entity.js';
import type { ConveneOwnersElectionInput } from './election.input.js';
import { seatsProblem } from './election-count.js';

interface Convener {
  path: PlacePath<'neighborhood'>;
  group: PreparatoryGroup | null;
  /** The committee convening it (REELECTION, BY_ELECTION by the committee). */
  committee: OwnersCommittee | null;
  /** Voting members in office of the committee in office, if one sits. */
  sittingMembers: CommitteeMember[];
}

/** Who convenes: a preparatory group (street or community office) for FIRST and a by-election the committee cannot convene; else the committee. */
export async function electionConvener(ctx: OwnersContext, input: ConveneOwnersElectionInput): Promise<Convener> {
  if (!input.preparatoryGroupId) {
    const { committee, members } = await requireConveningCommittee(ctx);
    if (input.kind === ElectionKind.FIRST) throw badUserInput('A first election is convened by a preparatory group: give preparatoryGroupId.', { field: 'kind' });
    return { path: pathOf(committee), group: null, committee, sittingMembers: members };
  }
  const group = await loadVisibleRecord(ctx, ctx.loaders.preparatoryGroup, 'OwnersPreparatoryGroup', input.preparatoryGroupId);
  requirePreparatoryWork(ctx.caller, group);
  if (group.status !== PreparatoryGroupStatus.ACTIVE) throw conflict('This preparatory group has ended; the street office forms a new one.');
  const sitting = await committeeInOffice(ctx.em, group.neighborhoodId);
  if (sitting && committeeSizeProblem(sitting.members.length) === null) throw conflict('The committee in office is constituted; it convenes its own elections.');
  if (input.kind === ElectionKind.REELECTION) throw badUserInput('A re-election is convened by the committee in office; a preparatory group convenes FIRST or BY_ELECTION.', { field: 'kind' });
  if (input.kind === ElectionKind.FIRST && sitting) throw badUserInput('A committee is in office here, short of members: fill its vacancies with kind BY_ELECTION.', { field: 'kind' });
  if (input.kind === ElectionKind.BY_ELECTION && !sitting) throw badUserInput('No committee is in office here: elect one with kind FIRST.', { field: 'kind' });
  return { path: pathOf(group), group, committee: null, sittingMembers: sitting?.members ?? [] };
}

/** Checks everything about the election before anything is stored; returns the candidates (lower-cased) and the electorate id. */
async function checkedElection(ctx: OwnersContext, input: ConveneOwnersElectionInput, convener: Convener): Promise<{ candidates: string[]; electorateId: string; sitting: number }> {
  const byElection = input.kind === ElectionKind.BY_ELECTION;
  const sitting = byElection ? convener.sittingMembers.length : 0;
  const seats = seatsProblem(input.seats, sitting, input.candidatePersonIds.length);
  if (seats) throw badUserInput(seats, { field: 'seats' });
  if (byElection && input.termYears !== undefined && input.termYears !== null) throw badUserInput('A by-election fills seats for the rest of the sitting term: omit termYears.', { field: 'termYears' });
  if (!byElection && !input.termYears) throw badUserInput('termYears is required: the new committee\'s term, 1 to 5 years.', { field: 'termYears' });
  if (input.kind === ElectionKind.FIRST && (!input.rulesOfProcedure || !input.managementCovenant)) {
    throw badUserInput('The first assembly adopts the rules of procedure and the management covenant: give rulesOfProcedure and managementCovenant.', { field: !input.rulesOfProcedure ? 'rulesOfProcedure' : 'managementCovenant' });
  }
  const notice = assemblyNoticeProblem(ctx.clock.now(), input.meetsOn);
  if (notice) throw badUserInput(notice, { field: 'meetsOn' });
  const candidates = input.candidatePersonIds.map((id) => id.toLowerCase());
  if (new Set(candidates).size !== candidates.length) throw badUserInput('Each candidate is listed once.', { field: 'candidatePersonIds' });
  const electorate = await latestElectorate(ctx, convener.path.neighborhoodId);
  if (!electorate) throw conflict('No electorate has been recorded for this neighborhood: record it with recordOwnersElectorate (from neighborhood { signedOwnersRoster }) first.');
  const owners = new Set(electorate.units.flatMap((unit) => unit.ownerIds));
  const positions = (ids: Set<string>) => candidates.flatMap((id, index) => (ids.has(id) ? [`candidatePersonIds[${index}]`] : []));
  const notOwners = positions(new Set(candidates.filter((id) => !owners.has(id))));
  if (notOwners.length > 0) throw badUserInput(`A candidate owns a unit in the neighborhood; ${notOwners.join(', ')} do not in its electorate.`, { field: 'candidatePersonIds' });
  const listed = await ctx.em.find(NegativeListEntry, { streetId: convener.path.streetId, personId: { $in: candidates } }, { orderBy: { personId: 'asc' } });
  if (listed.length > 0) {
    const reasons = new Map(listed.map((entry) => [entry.personId, entry.reason]));
    const named = candidates.flatMap((id, index) => (reasons.has(id) ? [`candidatePersonIds[${index}] (${reasons.get(id)})`] : []));
    throw badUserInput(`${listed.length} candidate(s) are on the street's negative list: ${named.join('; ')}.`, { field: 'candidatePersonIds' });
  }
  if (byElection) {
    const committeeId = convener.committee?.id ?? (await committeeInOffice(ctx.em, convener.path.neighborhoodId))!.committee.id;
    const held = await ctx.em.find(CommitteeMember, { committeeId, personId: { $in: candidates } });
    if (held.length > 0) throw badUserInput(`A by-election elects new members; ${positions(new Set(held.map((m) => m.personId))).join(', ')} already hold a post on this committee.`, { field: 'candidatePersonIds' });
  }
  if (await ctx.em.count(OwnersElection, { neighborhoodId: convener.path.neighborhoodId, status: ElectionStatus.OPEN })) {
    throw conflict('An election is already open in this neighborhood; decide it (closeOwnersElection) first.');
  }
  return { candidates, electorateId: electorate.id, sitting };
}

/** Convenes the assembly, its motions (rules, covenant, one per candidate) and the election; flushes nothing. */
export async function createElection(ctx: OwnersContext, input: ConveneOwnersElectionInput, convener: Convener, jurisdictions: Map<string, VotingThresholds>, key: string | null): Promise<OwnersElection> {
  const checked = await checkedElection(ctx, input, convener);
  const now = ctx.clock.now();
  const recorded = { ...convener.path, recordedBy: ctx.caller.subject, recordedAt: now };
  // As for any assembly: the rules in force at the notice (a street's over its district's) decide every motion.
  const ruleSet = await rulesInForce(ctx, convener.path, now);
  const base = thresholdsFor(jurisdictions, convener.path.districtId);
  const label = ruleSet ? ruleSet.label : jurisdictions.has(convener.path.districtId) ? 'OWNERS_VOTING_THRESHOLDS（部署配置）' : '民法典第二百七十八条';
  const assembly = ctx.em.create(OwnersAssembly, {
    ...recorded,
    committeeId: convener.committee?.id ?? null,
    preparatoryGroupId: convener.group?.id ?? null,
    title: input.title.trim(),
    form: input.form,
    noticeOn: now,
    meetsOn: input.meetsOn,
    electorateId: checked.electorateId,
  });
  ctx.em.create(OwnersAssemblyNotice, { ...recorded, assemblyId: assembly.id, kind: AssemblyNoticeKind.CONVENED, meetsOn: input.meetsOn });
  const agenda: { title: string; description: string | null; category: MatterCategory }[] = [];
  if (input.rulesOfProcedure) agenda.push({ title: '制定业主大会议事规则', description: input.rulesOfProcedure.trim(), category: MatterCategory.RULES_OF_PROCEDURE });
  if (input.managementCovenant) agenda.push({ title: '制定管理规约', description: input.managementCovenant.trim(), category: MatterCategory.MANAGEMENT_COVENANT });
  const firstCandidate = agenda.length;
  checked.candidates.forEach((_, index) => agenda.push({ title: `选举第${index + 1}号候选人为业主委员会委员`, description: null, category: MatterCategory.ELECT_COMMITTEE }));
  const motions = agenda.map((item, index) =>
    ctx.em.create(OwnersMotion, { ...recorded, assemblyId: assembly.id, position: index + 1, ...item, thresholds: motionThresholds(base, item.category, ruleSet?.rules ?? null), ruleSetLabel: label }),
  );
  const election = ctx.em.create(OwnersElection, {
    ...recorded,
    idempotencyKey: key,
    kind: input.kind,
    assemblyId: assembly.id,
    preparatoryGroupId: convener.group?.id ?? null,
    conveningCommitteeId: convener.committee?.id ?? null,
    seats: input.seats,
    sittingMembers: checked.sitting,
    termYears: input.termYears ?? null,
  });
  checked.candidates.forEach((personId, index) =>
    ctx.em.create(ElectionCandidate, { ...recorded, electionId: election.id, personId, position: index + 1, motionId: motions[firstCandidate + index].id }),
  );
  return election;
}
