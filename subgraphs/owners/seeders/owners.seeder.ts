/* eslint-disable max-lines -- one deterministic generator: every value is drawn from one seeded random sequence in a fixed order, which fixes the demo's ids and published figures, so it reads (and must change) as one sequence */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DistrictPlan } from '../../../infra/demo/district-plan.js';
import { SeededRandom } from '../../../infra/demo/random.js';
import { OwnersCommittee } from '../src/committee/owners-committee.entity.js';
import { CommitteeMember } from '../src/committee/committee-member.entity.js';
import { createHash } from 'node:crypto';
import type { PlannedMatter } from '../../../infra/demo/governance-plan.js';
import { AssemblyForm, AssemblyNoticeKind, AssemblyStatus, MotionStatus } from '../src/assembly/assembly-kinds.js';
import { BallotChannel, type BallotChoiceValue } from '../src/ballot/ballot-kinds.js';
import { CommitteeRole } from '../src/committee/committee-kinds.js';
import { MatterCategory, matterWeight } from '../src/rules/matter-category.js';
import { ElectorateSnapshot } from '../src/electorate/electorate-snapshot.entity.js';
import { canonicalElectorate } from '../src/electorate/electorate.service.js';
import { OwnersAssembly } from '../src/assembly/owners-assembly.entity.js';
import { OwnersMotion } from '../src/assembly/owners-motion.entity.js';
import { OwnersAssemblyNotice } from '../src/assembly/assembly-notice.entity.js';
import { OwnersBallot } from '../src/ballot/owners-ballot.entity.js';
import { Resolution } from '../src/resolution/resolution.entity.js';
import { ResolutionPublication } from '../src/resolution/resolution-publication.entity.js';
import { publicationDeadline } from '../src/committee/committee.rules.js';
import { areaInHundredths, countOwners, formatHundredths, tallyMotion, type BallotChoice } from '../src/tally/tally.js';
import { CIVIL_CODE_THRESHOLDS } from '../src/tally/thresholds.js';
import { resolutionTallyColumns } from '../src/resolution/resolution-tally.js';

/** The seed of the owners demo data; with the plan it fixes every committee, date and member. */
export const OWNERS_SEED = 5005;

const DAY = 24 * 3600 * 1000;

/**
 * The demo committees exactly as the plan lists them (ids included, so the demo committee token acts for one):
 * elected between 2022 and 2025 for a 5-year term, most filed within 30 days; 5, 7 or 9 members drawn from the
 * neighborhood's owners, a director, a deputy and members.
 */
export function planOwnersCommittees(plan: DistrictPlan) {
  const random = new SeededRandom(OWNERS_SEED);
  const neighborhoods = new Map(plan.neighborhoods.map((neighborhood) => [neighborhood.id, neighborhood]));
  return plan.ownersCommittees.map((planned) => {
    const neighborhood = neighborhoods.get(planned.neighborhoodId)!;
    const owners = [...new Set(plan.units.filter((unit) => unit.neighborhoodId === planned.neighborhoodId).flatMap((unit) => unit.ownerIds))];
    const size = Math.min(random.pick([5, 7, 9]), owners.length % 2 === 0 ? owners.length - 1 : owners.length);
    const chosen: string[] = [];
    while (chosen.length < size) {
      const candidate = random.pick(owners);
      if (!chosen.includes(candidate)) chosen.push(candidate);
    }
    // People the plan's cross-appointments need on this committee take the seats of drawn members, from the last one
    // (members: the director and deputy stay), so sizes and posts stay valid.
    const required = plan.governance.requiredCommitteeMembers.filter((member) => member.committeeId === planned.id).map((member) => member.personId);
    for (const personId of required) {
      if (chosen.includes(personId)) continue;
      const seat = chosen.findLastIndex((drawn, index) => index >= 2 && !required.includes(drawn));
      if (seat >= 0) chosen[seat] = personId;
    }
    // A full profile's plan fixes the members (its party share depends on who they are): they replace the drawn ones.
    if (planned.memberIds) chosen.splice(0, chosen.length, ...planned.memberIds);
    const electedOn = new Date(Date.UTC(random.int(2022, 2025), random.int(0, 11), random.int(1, 28)));
    const termEndsOn = new Date(electedOn);
    termEndsOn.setUTCFullYear(electedOn.getUTCFullYear() + 5);
    const filedOn = random.chance(0.85) ? new Date(electedOn.getTime() + random.int(3, 29) * DAY) : null;
    return {
      id: planned.id,
      neighborhoodId: neighborhood.id,
      communityId: neighborhood.communityId,
      streetId: neighborhood.streetId,
      districtId: neighborhood.districtId,
      electedOn,
      termEndsOn,
      filedOn,
      members: chosen.map((personId, index) => ({
        id: random.uuid(),
        personId,
        role: index === 0 ? CommitteeRole.DIRECTOR : index === 1 ? CommitteeRole.DEPUTY_DIRECTOR : CommitteeRole.MEMBER,
      })),
    };
  });
}

const MOTION_CATEGORY: Partial<Record<PlannedMatter['category'], MatterCategory>> = {
  MAINTENANCE_FUND_USE: MatterCategory.USE_MAINTENANCE_FUND,
  COMMON_PART_USE: MatterCategory.CHANGE_COMMON_PARTS_USE,
  PROPERTY_COMPANY_CHANGE: MatterCategory.HIRE_OR_DISMISS_PROPERTY_COMPANY,
};

type Path = { neighborhoodId: string; communityId: string; streetId: string; districtId: string };

/**
 * The owners' decision (决议) of each planned governance matter that reached it, in an assembly of the neighborhood's
 * committee a few days after the joint meeting: the neighborhood's electorate as the registry's roster gives it, a
 * paper ballot from every unit (FOR when the plan adopts the matter, AGAINST otherwise), the motion closed, its
 * resolution tallied by the same rules as `closeOwnersMotion` and published the next day. A motion the plan keeps
 * open (the matter is RESOLVING) has ballots from the first half of the units, no resolution yet.
 */
export function planOwnersDecisions(plan: DistrictPlan, committees: ReturnType<typeof planOwnersCommittees>) {
  const random = new SeededRandom(OWNERS_SEED + 1);
  const meetings = new Map(plan.governance.jointMeetings.map((meeting) => [meeting.id, meeting]));
  const committeeOf = new Map(committees.filter((committee) => committee.members.length >= 5).map((committee) => [committee.neighborhoodId, committee]));
  const electorates = new Map<string, ElectorateSnapshot>();
  const decisions = [];
  for (const matter of plan.governance.governanceMatters) {
    const committee = committeeOf.get(matter.neighborhoodId);
    if (!matter.motion || !committee || !matter.deliberation) continue;
    const path: Path = { neighborhoodId: committee.neighborhoodId, communityId: committee.communityId, streetId: committee.streetId, districtId: committee.districtId };
    let electorate = electorates.get(matter.neighborhoodId);
    if (!electorate) {
      // The same canonical form and hash as a roster recorded through the gateway, so a later capture finds this snapshot.
      const units = canonicalElectorate(
        plan.units.filter((unit) => unit.neighborhoodId === matter.neighborhoodId).map((unit) => ({ unitId: unit.id, area: unit.area, developerHeld: unit.developerHeld, ownerIds: unit.ownerIds })),
      );
      electorate = {
        id: random.uuid(),
        ...path,
        recordedAt: new Date(Date.parse(meetings.get(matter.deliberation.meetingId)!.heldOn) + DAY),
        recordedBy: SEEDED_BY,
        contentHash: createHash('sha256').update(JSON.stringify(units)).digest('hex'),
        units,
        unitCount: units.length,
        totalArea: formatHundredths(units.reduce((sum, unit) => sum + areaInHundredths(unit.area), 0n)),
        totalOwners: countOwners(units),
      } as ElectorateSnapshot;
      electorates.set(matter.neighborhoodId, electorate);
    }
    const noticeOn = new Date(Date.parse(meetings.get(matter.deliberation.meetingId)!.heldOn) + 3 * DAY);
    const meetsOn = new Date(noticeOn.getTime() + 20 * DAY);
    const category = MOTION_CATEGORY[matter.category] ?? MatterCategory.OTHER_MAJOR_MATTER;
    const choice: BallotChoice = matter.motion.adopted || matter.motion.open ? 'FOR' : 'AGAINST';
    const voters = matter.motion.open ? electorate.units.slice(0, Math.floor(electorate.units.length / 2)) : electorate.units;
    const ballots = new Map(voters.map((unit) => [unit.unitId, choice]));
    const weight = matterWeight(category);
    const tally = tallyMotion(electorate.units, ballots, weight, CIVIL_CODE_THRESHOLDS);
    if (!matter.motion.open && (tally.outcome === 'PASSED') !== matter.motion.adopted) throw new Error(`The seeded tally of motion ${matter.motion.id} does not match the plan.`);
    const assemblyId = random.uuid();
    const resolutionId = random.uuid();
    decisions.push({
      electorate,
      assembly: { id: assemblyId, ...path, recordedAt: noticeOn, recordedBy: SEEDED_BY, committeeId: committee.id, title: `业主大会：${matter.title}`, form: AssemblyForm.WRITTEN, noticeOn, meetsOn, electorateId: electorate.id, status: AssemblyStatus.CONVENED, version: 1 },
      // Derived from the assembly's id rather than drawn, so the ids drawn after it stay as they were.
      notice: { id: derivedUuid(`${assemblyId}:notice`), ...path, recordedAt: noticeOn, recordedBy: SEEDED_BY, assemblyId, kind: AssemblyNoticeKind.CONVENED, meetsOn, reason: null },
      motion: {
        id: matter.motion.id,
        ...path,
        recordedAt: noticeOn,
        recordedBy: SEEDED_BY,
        assemblyId,
        position: 1,
        title: matter.title,
        description: null,
        category,
        governanceMatterId: matter.id,
        concernedCompanyId: matter.concernedCompanyId,
        status: matter.motion.open ? MotionStatus.OPEN : MotionStatus.CLOSED,
        version: matter.motion.open ? 1 : 2,
      },
      ballots: voters.map((unit) => ({
        id: random.uuid(),
        ...path,
        recordedAt: meetsOn,
        recordedBy: SEEDED_BY,
        motionId: matter.motion!.id,
        unitId: unit.unitId,
        choice: choice as BallotChoiceValue,
        channel: BallotChannel.PAPER,
        voterPersonId: null,
        proxyName: null,
        idempotencyKey: `seed-${matter.motion!.id}-${unit.unitId}`,
      })),
      resolution: matter.motion.open ? null : {
        id: resolutionId,
        ...path,
        recordedAt: meetsOn,
        recordedBy: SEEDED_BY,
        motionId: matter.motion.id,
        electorateId: electorate.id,
        title: matter.title,
        category,
        special: weight === 'SPECIAL',
        ...resolutionTallyColumns(tally),
        thresholds: CIVIL_CODE_THRESHOLDS,
        ruleSetLabel: '民法典第二百七十八条',
        decidedAt: meetsOn,
        correctsId: null,
        correctionReason: null,
      },
      publication: matter.motion.open ? null : {
        id: random.uuid(),
        ...path,
        recordedAt: new Date(meetsOn.getTime() + DAY),
        recordedBy: SEEDED_BY,
        resolutionId,
        dueBy: publicationDeadline(meetsOn),
        onTime: true,
        place: '小区公告栏及业主群',
      },
    });
  }
  return { electorates: [...electorates.values()], decisions };
}

const SEEDED_BY = 'demo-seed';

/** A UUID-shaped id derived from a text (the demo's records are deterministic). */
function derivedUuid(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Writes the demo committees and their members, and the owners' decisions of the governance plan, in one transaction. */
export async function seedOwners(em: EntityManager, plan: DistrictPlan): Promise<void> {
  const planned = planOwnersCommittees(plan);
  const committees = planned.filter((committee) => committee.members.length >= 5);
  const { electorates, decisions } = planOwnersDecisions(plan, planned);
  const recordedAt = new Date();
  const recordedBy = 'demo-seed';
  await em.transactional(async (tx) => {
    await tx.insertMany(
      OwnersCommittee,
      committees.map(({ members: _members, ...committee }) => ({ ...committee, recordedAt, recordedBy, version: 1 })) as OwnersCommittee[],
    );
    await tx.insertMany(
      CommitteeMember,
      committees.flatMap((committee) =>
        committee.members.map((member) => ({
          ...member,
          committeeId: committee.id,
          neighborhoodId: committee.neighborhoodId,
          communityId: committee.communityId,
          streetId: committee.streetId,
          districtId: committee.districtId,
          recordedAt,
          recordedBy,
        })),
      ) as CommitteeMember[],
    );
    if (decisions.length === 0) return;
    // Parents before children; one statement per table.
    await tx.insertMany(ElectorateSnapshot, electorates);
    await tx.insertMany(OwnersAssembly, decisions.map((decision) => decision.assembly) as OwnersAssembly[]);
    await tx.insertMany(OwnersAssemblyNotice, decisions.map((decision) => decision.notice) as OwnersAssemblyNotice[]);
    await tx.insertMany(OwnersMotion, decisions.map((decision) => decision.motion) as OwnersMotion[]);
    await tx.insertMany(OwnersBallot, decisions.flatMap((decision) => decision.ballots) as OwnersBallot[]);
    const closed = decisions.filter((decision) => decision.resolution !== null);
    if (closed.length === 0) return;
    await tx.insertMany(Resolution, closed.map((decision) => decision.resolution) as Resolution[]);
    await tx.insertMany(ResolutionPublication, closed.map((decision) => decision.publication) as ResolutionPublication[]);
  });
}
