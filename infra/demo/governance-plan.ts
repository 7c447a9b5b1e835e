/* eslint-disable max-lines -- one deterministic generator: every value is drawn from one seeded random sequence in a fixed order, which fixes the demo's ids and published figures, so it reads (and must change) as one sequence */
import type { DistrictPlan } from './district-plan.js';
import type { SeededRandom } from './random.js';
import { spread, spreadIndices } from './published-plan.js';

/**
 * The parts of the demo district that bind the organisations together, planned once so every subgraph's seeder
 * writes its own share with the same ids: who holds posts in several organisations (双向进入、交叉任职), and the
 * matters that pass through 三议一服务 (propose → deliberate → resolve → serve → evaluate).
 *
 * Which subgraph seeds what:
 * - registry: nothing new (people and places are already planned).
 * - party: the community party committees with the ids below, every cross-appointment, the joint meetings and the
 *   governance matters with their deliberations.
 * - property: each company's project managers as listed in `projectManagers`; the service requests of each matter.
 * - owners: `requiredMemberIds` in each committee; the motion of each matter that needs the owners' decision.
 * - cobuilding: the co-building project of each matter that has one; the posts of unit members appointed elsewhere.
 */

/** Kinds of cross-appointment (交叉任职), as published practice lists them. */
export type CrossAppointmentKind =
  | 'COMMUNITY_PROPERTY_SUPERVISOR'
  | 'COMMUNITY_VOLUNTEER_DIRECTOR'
  | 'GRID_WORKER_PROPERTY_ADMINISTRATOR'
  | 'PROPERTY_MANAGER_BRANCH_COMMITTEE'
  | 'OWNERS_MEMBER_BRANCH_COMMITTEE'
  | 'PROPERTY_HEAD_PART_TIME_COMMITTEE'
  | 'JOINT_UNIT_PART_TIME_COMMITTEE'
  | 'FIRST_SECRETARY'
  | 'WEEKEND_SECRETARY';

export type PlannedOrganizationType = 'PartyOrganization' | 'PropertyCompany' | 'OwnersCommittee' | 'JointBuildingUnit' | 'Community';

export interface PlannedCrossAppointment {
  id: string;
  personId: string;
  kind: CrossAppointmentKind;
  /** The organisation of the person's own post (本职). */
  home: { type: PlannedOrganizationType; id: string };
  /** The organisation the person is appointed into (兼职); a branch or a community party committee. */
  host: { type: PlannedOrganizationType; id: string };
  communityId: string;
  neighborhoodId: string | null;
  termStart: string;
  termEnd: string;
}

export type MatterCategory =
  | 'FACILITY_REPAIR'
  | 'ENVIRONMENT'
  | 'PARKING'
  | 'SAFETY'
  | 'ELDERLY_CARE'
  | 'MAINTENANCE_FUND_USE'
  | 'COMMON_PART_USE'
  | 'PROPERTY_EVALUATION'
  | 'PROPERTY_COMPANY_CHANGE';

export interface PlannedMatter {
  id: string;
  neighborhoodId: string;
  communityId: string;
  streetId: string;
  districtId: string;
  /** The neighborhood's branch, which proposes (提议). */
  branchId: string;
  title: string;
  category: MatterCategory;
  needsOwnersDecision: boolean;
  /** The company the matter concerns (its evaluation), for recusal; null otherwise. */
  concernedCompanyId: string | null;
  proposedOn: string;
  /** The joint meeting that deliberated it (商议) and its outcome; null while it awaits one. */
  deliberation: { meetingId: string; outcome: 'AGREED' | 'REJECTED' } | null;
  /**
   * The owners' motion put to the assembly (决议), when the matter needs the owners' decision and got that far: still
   * open for ballots, or closed and adopted or not.
   */
  motion: { id: string; open: boolean; adopted: boolean } | null;
  /** Service requests the property company opened for it (服务), by how far each got. */
  serviceRequests: { id: string; progress: 'IN_PROGRESS' | 'COMPLETED' | 'EVALUATED' }[];
  /** A co-building project a joint-building unit runs for it, by how far it got. */
  project: { id: string; unitId: string; progress: 'IN_PROGRESS' | 'COMPLETED' | 'EVALUATED' } | null;
}

export type MeetingCapacity = 'PARTY' | 'OWNERS_COMMITTEE' | 'PROPERTY_COMPANY' | 'RESIDENT' | 'JOINT_UNIT' | 'GOVERNMENT';

export interface PlannedJointMeeting {
  id: string;
  neighborhoodId: string;
  communityId: string;
  streetId: string;
  districtId: string;
  branchId: string;
  heldOn: string;
  matterIds: string[];
  participants: { personId: string; capacity: MeetingCapacity; organization: { type: PlannedOrganizationType; id: string } | null; attended: boolean }[];
}

export interface GovernancePlan {
  /** Community party committees (社区党委), one per community, with fixed ids so appointments can name them. */
  communityPartyCommittees: { id: string; communityId: string }[];
  /** Each company's project manager (项目经理) per neighborhood it serves. */
  projectManagers: { companyId: string; neighborhoodId: string; personId: string }[];
  /** People each owners' committee must have among its members (planned cross-appointments need them). */
  requiredCommitteeMembers: { committeeId: string; personId: string }[];
  crossAppointments: PlannedCrossAppointment[];
  jointMeetings: PlannedJointMeeting[];
  governanceMatters: PlannedMatter[];
  /**
   * For each company, a person holding posts in three organisations at once in the company's first neighborhood
   * that has an owners' committee and its own branch: the company's project manager there (property), a member of
   * the owners' committee (owners) and, by cross-appointment, of the branch committee (party).
   */
  multiPostPersons: { companyId: string; neighborhoodId: string; personId: string }[];
}

const MATTERS: { title: string; category: MatterCategory; needsOwnersDecision: boolean; concernsCompany: boolean; servedBy: 'PROPERTY' | 'UNIT' }[] = [
  { title: '小区停车秩序整治', category: 'PARKING', needsOwnersDecision: false, concernsCompany: false, servedBy: 'PROPERTY' },
  { title: '雨污管网疏通', category: 'FACILITY_REPAIR', needsOwnersDecision: false, concernsCompany: false, servedBy: 'PROPERTY' },
  { title: '电梯更新改造（使用维修资金）', category: 'MAINTENANCE_FUND_USE', needsOwnersDecision: true, concernsCompany: false, servedBy: 'PROPERTY' },
  { title: '增设电动车充电车棚', category: 'COMMON_PART_USE', needsOwnersDecision: true, concernsCompany: false, servedBy: 'PROPERTY' },
  { title: '楼道杂物清理与消防通道整治', category: 'SAFETY', needsOwnersDecision: false, concernsCompany: false, servedBy: 'PROPERTY' },
  { title: '老年助餐点建设', category: 'ELDERLY_CARE', needsOwnersDecision: false, concernsCompany: false, servedBy: 'UNIT' },
  { title: '年度物业服务质量评议', category: 'PROPERTY_EVALUATION', needsOwnersDecision: false, concernsCompany: true, servedBy: 'PROPERTY' },
  { title: '背街小巷环境提升', category: 'ENVIRONMENT', needsOwnersDecision: false, concernsCompany: false, servedBy: 'UNIT' },
];

/** How far each planned matter got, cycled so every stage appears in every street. */
type Reach = 'PROPOSED' | 'REJECTED' | 'DELIBERATED' | 'RESOLVING' | 'NOT_ADOPTED' | 'RESOLVED' | 'SERVING' | 'COMPLETED' | 'EVALUATED';
const REACHES: Reach[] = ['EVALUATED', 'SERVING', 'PROPOSED', 'COMPLETED', 'DELIBERATED', 'EVALUATED', 'REJECTED', 'SERVING', 'EVALUATED', 'RESOLVING', 'NOT_ADOPTED', 'COMPLETED'];
const ORDER: Reach[] = ['PROPOSED', 'DELIBERATED', 'RESOLVING', 'RESOLVED', 'SERVING', 'COMPLETED', 'EVALUATED'];

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const DAY = 24 * 3600 * 1000;

export function createGovernancePlan(plan: DistrictPlan, random: SeededRandom): GovernancePlan {
  const governance: GovernancePlan = {
    communityPartyCommittees: plan.communities.map((community) => ({ id: random.uuid(), communityId: community.id })),
    projectManagers: [],
    requiredCommitteeMembers: [],
    crossAppointments: [],
    jointMeetings: [],
    governanceMatters: [],
    multiPostPersons: [],
  };
  const committeeOf = new Map(plan.ownersCommittees.map((committee) => [committee.neighborhoodId, committee]));
  const singleBranchOf = new Map(plan.partyBranches.filter((branch) => branch.kind === 'SINGLE').map((branch) => [branch.neighborhoodIds[0], branch]));
  const branchOf = new Map(plan.partyBranches.flatMap((branch) => branch.neighborhoodIds.map((id) => [id, branch] as const)));
  const communityCommittee = new Map(governance.communityPartyCommittees.map((committee) => [committee.communityId, committee.id]));
  const neighborhoods = new Map(plan.neighborhoods.map((neighborhood) => [neighborhood.id, neighborhood]));
  // Each neighborhood's owners in the order their units come, each once (the Set answers "seen?" in constant time).
  const ownersIn = new Map<string, string[]>();
  const ownerSetOf = new Map<string, Set<string>>();
  for (const unit of plan.units) {
    const owners = ownersIn.get(unit.neighborhoodId) ?? [];
    const seen = ownerSetOf.get(unit.neighborhoodId) ?? new Set<string>();
    for (const id of unit.ownerIds) {
      if (seen.has(id)) continue;
      seen.add(id);
      owners.push(id);
    }
    ownersIn.set(unit.neighborhoodId, owners);
    ownerSetOf.set(unit.neighborhoodId, seen);
  }
  const peopleOf = new Map<string, string[]>();
  for (const person of plan.persons) {
    const people = peopleOf.get(person.communityId);
    if (people) people.push(person.id);
    else peopleOf.set(person.communityId, [person.id]);
  }
  const targets = plan.targets;
  // A full profile's appointments are all in force until 2029, so its counts hold whenever the demo is read.
  const [firstYear, termYears] = targets ? [2024, 5] : [2022, 3];
  const appoint = (appointment: Omit<PlannedCrossAppointment, 'id' | 'termStart' | 'termEnd'>) => {
    const start = new Date(Date.UTC(random.int(firstYear, 2025), random.int(0, 11), random.int(1, 28)));
    const end = new Date(start.getTime());
    end.setUTCFullYear(start.getUTCFullYear() + termYears);
    governance.crossAppointments.push({ id: random.uuid(), ...appointment, termStart: isoDate(start), termEnd: isoDate(new Date(end.getTime() - DAY)) });
  };

  // Project managers, and the person with three posts in each company's first fully organised neighborhood.
  for (const company of plan.propertyCompanies) {
    let multiPostPlaced = false;
    for (const neighborhoodId of company.neighborhoodIds) {
      const neighborhood = neighborhoods.get(neighborhoodId)!;
      const committee = committeeOf.get(neighborhoodId);
      const branch = singleBranchOf.get(neighborhoodId);
      const owners = ownersIn.get(neighborhoodId) ?? [];
      if (!multiPostPlaced && committee && branch && owners.length > 2) {
        // Not the first owner: the demo resident token acts for the first owned unit's owner.
        const personId = owners[owners.length - 1];
        governance.projectManagers.push({ companyId: company.id, neighborhoodId, personId });
        governance.requiredCommitteeMembers.push({ committeeId: committee.id, personId });
        governance.multiPostPersons.push({ companyId: company.id, neighborhoodId, personId });
        appoint({
          personId,
          kind: 'PROPERTY_MANAGER_BRANCH_COMMITTEE',
          home: { type: 'PropertyCompany', id: company.id },
          host: { type: 'PartyOrganization', id: branch.id },
          communityId: neighborhood.communityId,
          neighborhoodId,
        });
        multiPostPlaced = true;
        continue;
      }
      const ownerSet = ownerSetOf.get(neighborhoodId) ?? new Set<string>();
      const residentElsewhere = (peopleOf.get(neighborhood.communityId) ?? []).find((id) => !ownerSet.has(id));
      governance.projectManagers.push({ companyId: company.id, neighborhoodId, personId: residentElsewhere ?? owners[0] });
    }
  }

  // Community-level appointments: community committee members supervise the companies serving the community, grid
  // workers administer, company heads and unit members sit on the community party committee part-time.
  let supervision = 0;
  const companiesOf = (communityId: string) => plan.propertyCompanies.filter((company) => company.neighborhoodIds.some((id) => neighborhoods.get(id)!.communityId === communityId));
  const kindOf = targetSupervisionKinds(plan, companiesOf);
  for (const community of plan.communities) {
    const people = peopleOf.get(community.id) ?? [];
    const pick = () => people[random.int(0, people.length - 1)];
    const companies = companiesOf(community.id);
    const host = { type: 'PartyOrganization' as const, id: communityCommittee.get(community.id)! };
    companies.forEach((company, index) => {
      const neighborhoodId = company.neighborhoodIds.find((id) => neighborhoods.get(id)!.communityId === community.id)!;
      const kind = kindOf ? kindOf.supervision[supervision++] : (['COMMUNITY_PROPERTY_SUPERVISOR', 'COMMUNITY_VOLUNTEER_DIRECTOR', 'GRID_WORKER_PROPERTY_ADMINISTRATOR'] as const)[supervision++ % 3];
      appoint({ personId: pick(), kind, home: { type: 'Community', id: community.id }, host: { type: 'PropertyCompany', id: company.id }, communityId: community.id, neighborhoodId });
      if (index === 0 && (!kindOf || kindOf.headCommunities.has(community.id))) {
        const manager = governance.projectManagers.find((candidate) => candidate.companyId === company.id && candidate.neighborhoodId === neighborhoodId)!;
        appoint({ personId: manager.personId, kind: 'PROPERTY_HEAD_PART_TIME_COMMITTEE', home: { type: 'PropertyCompany', id: company.id }, host, communityId: community.id, neighborhoodId: null });
      }
    });
    for (const unit of plan.jointUnits.filter((candidate) => candidate.communityId === community.id)) {
      const kind = unit.kind === 'GOVERNMENT_BODY' ? 'FIRST_SECRETARY' : unit.kind === 'SOCIAL_ORGANIZATION' ? 'WEEKEND_SECRETARY' : 'JOINT_UNIT_PART_TIME_COMMITTEE';
      const branch = plan.partyBranches.find((candidate) => candidate.communityId === community.id);
      const target = kind === 'JOINT_UNIT_PART_TIME_COMMITTEE' || !branch ? host : { type: 'PartyOrganization' as const, id: branch.id };
      appoint({ personId: pick(), kind, home: { type: 'JointBuildingUnit', id: unit.id }, host: target, communityId: community.id, neighborhoodId: null });
    }
  }
  // Owners' committee members who are party members join their branch committee (a third of committees).
  for (const committee of plan.ownersCommittees) {
    const branch = branchOf.get(committee.neighborhoodId);
    const owners = ownersIn.get(committee.neighborhoodId) ?? [];
    if (!branch || owners.length < 3 || !random.chance(1 / 3)) continue;
    const personId = owners[random.int(0, owners.length - 1)];
    if (governance.requiredCommitteeMembers.some((member) => member.personId === personId)) continue;
    governance.requiredCommitteeMembers.push({ committeeId: committee.id, personId });
    appoint({
      personId,
      kind: 'OWNERS_MEMBER_BRANCH_COMMITTEE',
      home: { type: 'OwnersCommittee', id: committee.id },
      host: { type: 'PartyOrganization', id: branch.id },
      communityId: neighborhoods.get(committee.neighborhoodId)!.communityId,
      neighborhoodId: committee.neighborhoodId,
    });
  }

  // Matters: two per neighborhood with its own branch and a contracted company, at stages cycling through 三议一服务.
  let reachIndex = 0;
  for (const neighborhood of plan.neighborhoods) {
    const branch = singleBranchOf.get(neighborhood.id);
    const company = plan.propertyCompanies.find((candidate) => candidate.neighborhoodIds.includes(neighborhood.id));
    if (!branch || !company) continue;
    const unit = plan.jointUnits.find((candidate) => candidate.communityId === neighborhood.communityId) ?? null;
    const meeting: PlannedJointMeeting = {
      id: random.uuid(),
      neighborhoodId: neighborhood.id,
      communityId: neighborhood.communityId,
      streetId: neighborhood.streetId,
      districtId: neighborhood.districtId,
      branchId: branch.id,
      heldOn: isoDate(new Date(Date.UTC(2026, random.int(0, 8), random.int(1, 28)))),
      matterIds: [],
      participants: [],
    };
    for (let m = 0; m < 2; m++) {
      let reach = REACHES[reachIndex++ % REACHES.length];
      const committee = committeeOf.get(neighborhood.id);
      if ((reach === 'RESOLVING' || reach === 'NOT_ADOPTED') && !committee) {
        // No owners' assembly here to be deciding: leave that stage to the next matter.
        reachIndex--;
        reach = 'SERVING';
      }
      const needsDecision = reach === 'RESOLVING' || reach === 'NOT_ADOPTED';
      const candidates = needsDecision && committee ? MATTERS.filter((candidate) => candidate.needsOwnersDecision) : MATTERS;
      let template = candidates[random.int(0, candidates.length - 1)];
      if (!committee && template.needsOwnersDecision) template = MATTERS[0];
      if (template.servedBy === 'UNIT' && !unit) template = MATTERS[1];
      if (!template.needsOwnersDecision && (reach === 'RESOLVING' || reach === 'NOT_ADOPTED')) reach = 'DELIBERATED';
      const at = (stage: Reach) => reach !== 'REJECTED' && reach !== 'NOT_ADOPTED' && ORDER.indexOf(reach) >= ORDER.indexOf(stage);
      const deliberated = reach !== 'PROPOSED';
      const decided = template.needsOwnersDecision && (reach === 'NOT_ADOPTED' || at('RESOLVING'));
      const served = at('SERVING');
      const progress = reach === 'EVALUATED' ? 'EVALUATED' : reach === 'COMPLETED' ? 'COMPLETED' : 'IN_PROGRESS';
      const matter: PlannedMatter = {
        id: random.uuid(),
        neighborhoodId: neighborhood.id,
        communityId: neighborhood.communityId,
        streetId: neighborhood.streetId,
        districtId: neighborhood.districtId,
        branchId: branch.id,
        title: template.title,
        category: template.category,
        needsOwnersDecision: template.needsOwnersDecision,
        concernedCompanyId: template.concernsCompany ? company.id : null,
        proposedOn: isoDate(new Date(Date.parse(meeting.heldOn) - random.int(3, 20) * DAY)),
        deliberation: deliberated ? { meetingId: meeting.id, outcome: reach === 'REJECTED' ? 'REJECTED' : 'AGREED' } : null,
        motion: decided ? { id: random.uuid(), open: reach === 'RESOLVING', adopted: reach !== 'NOT_ADOPTED' && reach !== 'RESOLVING' } : null,
        serviceRequests: served && template.servedBy === 'PROPERTY' ? [{ id: random.uuid(), progress }] : [],
        project: served && template.servedBy === 'UNIT' && unit ? { id: random.uuid(), unitId: unit.id, progress } : null,
      };
      governance.governanceMatters.push(matter);
      if (deliberated) meeting.matterIds.push(matter.id);
    }
    if (!meeting.matterIds.length) continue;
    const secretary = (ownersIn.get(neighborhood.id) ?? [])[0];
    const manager = governance.projectManagers.find((candidate) => candidate.companyId === company.id && candidate.neighborhoodId === neighborhood.id)!;
    const committee = committeeOf.get(neighborhood.id);
    if (secretary) meeting.participants.push({ personId: secretary, capacity: 'PARTY', organization: { type: 'PartyOrganization', id: branch.id }, attended: true });
    meeting.participants.push({ personId: manager.personId, capacity: 'PROPERTY_COMPANY', organization: { type: 'PropertyCompany', id: company.id }, attended: true });
    const committeeMember = governance.requiredCommitteeMembers.find((member) => member.committeeId === committee?.id);
    if (committee && committeeMember && committeeMember.personId !== manager.personId) {
      meeting.participants.push({ personId: committeeMember.personId, capacity: 'OWNERS_COMMITTEE', organization: { type: 'OwnersCommittee', id: committee.id }, attended: true });
    }
    const resident = (ownersIn.get(neighborhood.id) ?? [])[1];
    if (resident && !meeting.participants.some((participant) => participant.personId === resident)) {
      meeting.participants.push({ personId: resident, capacity: 'RESIDENT', organization: null, attended: random.chance(0.8) });
    }
    governance.jointMeetings.push(meeting);
  }
  if (targets?.tripartiteSolved !== undefined) planSolvedMatters(plan, governance, targets.tripartiteSolved, random);
  return governance;
}

type SupervisionKind = 'COMMUNITY_PROPERTY_SUPERVISOR' | 'COMMUNITY_VOLUNTEER_DIRECTOR' | 'GRID_WORKER_PROPERTY_ADMINISTRATOR';

/**
 * A full profile's community-to-company appointments: exactly `communityPropertySupervisors` supervisors among the
 * (community, company) pairs, spread, the other pairs volunteer directors and grid workers in turn; and a property
 * head as part-time committee member in exactly `propertyHeadsPartTime` communities, spread. Null without targets.
 */
function targetSupervisionKinds(plan: DistrictPlan, companiesOf: (communityId: string) => DistrictPlan['propertyCompanies']) {
  const targets = plan.targets;
  if (targets?.communityPropertySupervisors === undefined && targets?.propertyHeadsPartTime === undefined) return null;
  const served = plan.communities.filter((community) => companiesOf(community.id).length > 0);
  const pairs = served.reduce((total, community) => total + companiesOf(community.id).length, 0);
  const supervisors = new Set(spreadIndices(pairs, targets.communityPropertySupervisors ?? Math.ceil(pairs / 3)));
  let other = 0;
  const supervision: SupervisionKind[] = Array.from({ length: pairs }, (_, index) =>
    supervisors.has(index) ? 'COMMUNITY_PROPERTY_SUPERVISOR' : other++ % 2 === 0 ? 'COMMUNITY_VOLUNTEER_DIRECTOR' : 'GRID_WORKER_PROPERTY_ADMINISTRATOR',
  );
  const headCommunities = new Set(spread(served, targets.propertyHeadsPartTime ?? served.length).map((community) => community.id));
  return { supervision, headCommunities };
}

/**
 * Matters solved by 三议一服务 until exactly `target` reached COMPLETED or EVALUATED: after the cycle above, further
 * matters that need no owners' decision, deliberated at the neighborhood's joint meeting and served by the property
 * company to completion (half of them evaluated), one per neighborhood in turn.
 */
function planSolvedMatters(plan: DistrictPlan, governance: GovernancePlan, target: number, random: SeededRandom): void {
  const solved = (matter: PlannedMatter) => {
    const served = [...matter.serviceRequests, ...(matter.project ? [matter.project] : [])];
    return served.length > 0 && served.every((record) => record.progress !== 'IN_PROGRESS');
  };
  let count = governance.governanceMatters.filter(solved).length;
  if (count > target) throw new Error(`the plan already solves ${count} matters, more than ${target}`);
  const templates = MATTERS.filter((template) => !template.needsOwnersDecision && template.servedBy === 'PROPERTY');
  const meetings = governance.jointMeetings;
  if (!meetings.length) throw new Error('no joint meeting to deliberate the solved matters at');
  for (let turn = 0; count < target; turn++) {
    const meeting = meetings[turn % meetings.length];
    const company = plan.propertyCompanies.find((candidate) => candidate.neighborhoodIds.includes(meeting.neighborhoodId))!;
    const template = templates[random.int(0, templates.length - 1)];
    const matter: PlannedMatter = {
      id: random.uuid(),
      neighborhoodId: meeting.neighborhoodId,
      communityId: meeting.communityId,
      streetId: meeting.streetId,
      districtId: meeting.districtId,
      branchId: meeting.branchId,
      title: template.title,
      category: template.category,
      needsOwnersDecision: false,
      concernedCompanyId: template.concernsCompany ? company.id : null,
      proposedOn: isoDate(new Date(Date.parse(meeting.heldOn) - random.int(3, 20) * DAY)),
      deliberation: { meetingId: meeting.id, outcome: 'AGREED' },
      motion: null,
      serviceRequests: [{ id: random.uuid(), progress: count % 2 === 0 ? 'EVALUATED' : 'COMPLETED' }],
      project: null,
    };
    governance.governanceMatters.push(matter);
    meeting.matterIds.push(matter.id);
    count++;
  }
}
