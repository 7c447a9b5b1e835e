/* eslint-disable max-lines -- one deterministic generator: every value is drawn from one seeded random sequence in a fixed order, which fixes the demo's ids and published figures, so it reads (and must change) as one sequence */
import type { DistrictPlan, JointUnitKind as PlanUnitKind } from '../../../infra/demo/district-plan.js';
import type { CrossAppointmentKind, MatterCategory } from '../../../infra/demo/governance-plan.js';
import { SeededRandom } from '../../../infra/demo/random.js';
import { CobuildingCategory as C } from '../src/lists/cobuilding-category.js';
import { CobuildingProjectStatus as P } from '../src/project/project-status.js';
import { MicroWishStatus as W } from '../src/wish/wish-status.js';
import { UnitPostTitle } from '../src/unit/unit-post-title.js';

/** The seed of the cobuilding demo data: fixed, so every run (and every test) sees the same rows. */
export const COBUILDING_SEED = 6006;

/** What each kind of unit typically offers (资源清单 in published practice). */
const OFFERS: Record<PlanUnitKind, { title: string; category: C }[]> = {
  GOVERNMENT_BODY: [
    { title: '政策宣讲志愿服务', category: C.EMPLOYMENT },
    { title: '机关党员包保楼栋', category: C.SAFETY },
  ],
  PUBLIC_INSTITUTION: [
    { title: '健康义诊进社区', category: C.HEALTH },
    { title: '老年人慢病随访', category: C.ELDERLY_CARE },
  ],
  STATE_ENTERPRISE: [
    { title: '线路安全检查', category: C.FACILITIES },
    { title: '金融知识讲座', category: C.EDUCATION },
  ],
  PRIVATE_ENTERPRISE: [
    { title: '建材捐赠', category: C.FACILITIES },
    { title: '就业岗位推荐', category: C.EMPLOYMENT },
  ],
  SOCIAL_ORGANIZATION: [
    { title: '独居老人陪伴', category: C.ELDERLY_CARE },
    { title: '环境清洁志愿队', category: C.ENVIRONMENT },
  ],
  SCHOOL: [
    { title: '四点半课堂', category: C.CHILDREN },
    { title: '文艺演出进小区', category: C.CULTURE },
  ],
};

const NEEDS: { title: string; category: C }[] = [
  { title: '老旧小区楼道照明改造', category: C.FACILITIES },
  { title: '空巢老人助餐', category: C.ELDERLY_CARE },
  { title: '双职工子女课后托管', category: C.CHILDREN },
  { title: '社区卫生死角清理', category: C.ENVIRONMENT },
  { title: '居民健康体检', category: C.HEALTH },
  { title: '防诈骗宣传', category: C.SAFETY },
  { title: '困难家庭就业帮扶', category: C.EMPLOYMENT },
  { title: '邻里文化节', category: C.CULTURE },
];

/** The need a governance matter served by a unit puts on the needs list, by the matter's category. */
const MATTER_NEED_CATEGORY: Partial<Record<MatterCategory, C>> = {
  ELDERLY_CARE: C.ELDERLY_CARE,
  ENVIRONMENT: C.ENVIRONMENT,
  SAFETY: C.SAFETY,
  PARKING: C.SAFETY,
};

/** The unit post a cross-appointment's home post is, for the kinds whose home is a joint-building unit. */
const HOME_POST_TITLE: Partial<Record<CrossAppointmentKind, UnitPostTitle>> = {
  FIRST_SECRETARY: UnitPostTitle.FIRST_SECRETARY,
  WEEKEND_SECRETARY: UnitPostTitle.WEEKEND_SECRETARY,
  JOINT_UNIT_PART_TIME_COMMITTEE: UnitPostTitle.PART_TIME_COMMITTEE_MEMBER,
};

const WISHES = ['一副老花镜', '一台电风扇', '孩子的学习用品', '上门理发', '修理漏水的水龙头', '一辆轮椅', '陪老人去医院复查', '一套冬季棉被'];
const STAGES = [P.PLANNED, P.IN_PROGRESS, P.COMPLETED, P.EVALUATED];
const WISH_STAGES = [W.OPEN, W.OPEN, W.CLAIMED, W.FULFILLED, W.CONFIRMED, W.CONFIRMED, W.CANCELLED];

/** Rows are stamped a minute apart from here, so "oldest first" lists have a fixed order. */
const BASE_TIME = Date.UTC(2026, 0, 5);
export const PAIRING_PERIOD = { startsOn: '2025-01-01', endsOn: '2027-12-31' };
export const REPORT_IN_YEAR = 2026;

export type CobuildingDemo = ReturnType<typeof planCobuilding>;

/** The neighborhoods in turn, round after round, enough rounds for `target` wishes even if every wish were cancelled. */
function wishRounds(plan: DistrictPlan, target: number): DistrictPlan['neighborhoods'] {
  const rounds = Math.ceil((target * WISH_STAGES.length) / Math.max(1, plan.neighborhoods.length)) + 1;
  return Array.from({ length: rounds }, () => plan.neighborhoods).flat();
}

/**
 * The cobuilding part of the demo district, as plain rows, from the district plan: its joint units (their ids,
 * kinds, party organisations and paired communities) and figures in proportion to published ones, kept small —
 * two projects per unit (汶上县: 129 units, 258 projects), about one micro-wish per neighborhood (梁山县: 614 over the
 * county), ~86 reporting members per unit (榆次区: 162 units, 14,000 members).
 */
export function planCobuilding(plan: DistrictPlan) {
  const random = new SeededRandom(COBUILDING_SEED);
  let tick = 0;
  const stamp = () => {
    const at = new Date(BASE_TIME + tick++ * 60_000);
    return { createdAt: at, updatedAt: at, version: 1 };
  };
  const communityOf = (id: string) => plan.communities.find((community) => community.id === id)!;
  const path = (communityId: string, neighborhoodId: string | null) => ({ ...communityPath(communityId), neighborhoodId });
  const communityPath = (communityId: string) => {
    const community = communityOf(communityId);
    return { districtId: community.districtId, streetId: community.streetId, communityId };
  };
  const owners = (neighborhoodId: string) => [...new Set(plan.units.filter((unit) => unit.neighborhoodId === neighborhoodId).flatMap((unit) => unit.ownerIds))];

  const units = plan.jointUnits.map((unit) => ({ id: unit.id, name: unit.name, kind: unit.kind, partyOrganizationId: unit.partyOrganizationId, ...stamp() }));
  const pairings: ({ id: string; unitId: string; startsOn: string; endsOn: string; agreement: string; createdAt: Date } & ReturnType<typeof path>)[] = [];
  const reportIns = [];
  const resources = [];
  type Stamped = { id: string; createdAt: Date; updatedAt: Date; version: number };
  const needs: (Stamped & ReturnType<typeof path> & { title: string; category: C; description: null })[] = [];
  const projects: (Stamped & Record<string, unknown>)[] = [];
  const posts = [];
  const activities = [];
  const participations = [];
  for (const unit of plan.jointUnits) {
    const community = communityOf(unit.communityId);
    const firstNeighborhood = plan.neighborhoods.find((neighborhood) => neighborhood.communityId === community.id) ?? null;
    pairings.push({ id: random.uuid(), unitId: unit.id, ...path(community.id, null), ...PAIRING_PERIOD, agreement: `${unit.name}与${community.name}共驻共建协议`, ...stamp() });
    if (firstNeighborhood) {
      pairings.push({
        id: random.uuid(),
        unitId: unit.id,
        ...path(community.id, firstNeighborhood.id),
        ...PAIRING_PERIOD,
        agreement: `${unit.name}包保${firstNeighborhood.name}`,
        ...stamp(),
      });
    }
    reportIns.push({ id: random.uuid(), unitId: unit.id, ...communityPath(community.id), year: REPORT_IN_YEAR, memberCount: random.int(40, 130), ...stamp() });
    const offered = OFFERS[unit.kind].map((offer) => ({ id: random.uuid(), unitId: unit.id, ...offer, description: null, active: true, ...stamp() }));
    resources.push(...offered);
    const people = plan.persons.filter((person) => person.communityId === community.id);
    posts.push({ id: random.uuid(), unitId: unit.id, personId: random.pick(people).id, title: UnitPostTitle.LIAISON, ...communityPath(community.id), since: '2025-01-01', ...stamp() });

    // Two needs per community, each met by one of the paired unit's resources.
    const neighborhoods = plan.neighborhoods.filter((neighborhood) => neighborhood.communityId === community.id);
    offered.forEach((resource, index) => {
      const template = random.chance(0.5) ? NEEDS.find((need) => need.category === resource.category) ?? random.pick(NEEDS) : random.pick(NEEDS);
      const need = { id: random.uuid(), title: template.title, category: template.category, description: null, ...path(community.id, random.pick(neighborhoods).id), ...stamp() };
      needs.push(need);
      const status = STAGES[random.int(0, STAGES.length - 1)];
      const started = status !== P.PLANNED;
      const completed = status === P.COMPLETED || status === P.EVALUATED;
      projects.push({
        id: random.uuid(),
        title: `${resource.title}·${need.title}`,
        needId: need.id,
        resourceId: resource.id,
        unitId: unit.id,
        governanceMatterId: null,
        status,
        startedAt: started ? new Date(BASE_TIME + (index + 1) * 86_400_000) : null,
        completedAt: completed ? new Date(BASE_TIME + (index + 30) * 86_400_000) : null,
        beneficiaries: completed ? random.int(20, 300) : null,
        evaluatedAt: status === P.EVALUATED ? new Date(BASE_TIME + (index + 40) * 86_400_000) : null,
        rating: status === P.EVALUATED ? random.int(4, 5) : null,
        evaluation: status === P.EVALUATED ? '居民满意' : null,
        districtId: need.districtId,
        streetId: need.streetId,
        communityId: need.communityId,
        neighborhoodId: need.neighborhoodId,
        ...stamp(),
      });
    });

    const activity = {
      id: random.uuid(),
      title: `${unit.name}志愿服务日`,
      team: `${unit.name}志愿服务队`,
      unitId: unit.id,
      place: `${community.name}党群服务中心`,
      heldOn: `2026-0${random.int(3, 9)}-1${random.int(0, 9)}`,
      hours: (random.int(4, 8) / 2).toFixed(1),
      peopleServed: random.int(10, 60),
      ...path(community.id, null),
      ...stamp(),
    };
    activities.push(activity);
    const volunteers = new Set<string>();
    const count = random.int(3, 5);
    while (volunteers.size < Math.min(count, people.length)) volunteers.add(random.pick(people).id);
    for (const personId of volunteers) participations.push({ id: random.uuid(), activityId: activity.id, personId });
  }

  // About one wish per neighborhood; claimed ones by the community's paired unit. A full profile posts wishes
  // neighborhood by neighborhood in turn until exactly its target are posted and not cancelled.
  const wishes = [];
  const wishTarget = plan.targets?.microWishes;
  const wishPlaces = wishTarget === undefined ? plan.neighborhoods : wishRounds(plan, wishTarget);
  const ownersOf = new Map<string, string[]>();
  let posted = 0;
  for (const neighborhood of wishPlaces) {
    if (posted === wishTarget) break;
    if (!ownersOf.has(neighborhood.id)) ownersOf.set(neighborhood.id, owners(neighborhood.id));
    const residents = ownersOf.get(neighborhood.id)!;
    if (residents.length === 0) continue;
    const status = WISH_STAGES[random.int(0, WISH_STAGES.length - 1)];
    const unit = plan.jointUnits.find((candidate) => candidate.communityId === neighborhood.communityId) ?? null;
    const claimed = unit !== null && (status === W.CLAIMED || status === W.FULFILLED || status === W.CONFIRMED);
    const effective = unit === null && status !== W.OPEN && status !== W.CANCELLED ? W.OPEN : status;
    if (effective !== W.CANCELLED) posted++;
    wishes.push({
      id: random.uuid(),
      title: random.pick(WISHES),
      residentId: random.pick(residents),
      postedById: null,
      status: effective,
      claimantPersonId: null,
      claimantUnitId: claimed ? unit!.id : null,
      claimedAt: claimed ? new Date(BASE_TIME + 86_400_000) : null,
      fulfilmentNote: effective === W.FULFILLED || effective === W.CONFIRMED ? '已送达' : null,
      fulfilledAt: effective === W.FULFILLED || effective === W.CONFIRMED ? new Date(BASE_TIME + 2 * 86_400_000) : null,
      confirmedAt: effective === W.CONFIRMED ? new Date(BASE_TIME + 3 * 86_400_000) : null,
      ...path(neighborhood.communityId, neighborhood.id),
      neighborhoodId: neighborhood.id,
      ...stamp(),
    });
  }

  // 三议一服务: each planned matter a unit serves gets its need and its project, run with the unit's own resource in
  // the community it is paired with (the unit of the matter's community), at the planned progress. Drawn last, so
  // the rows above stay as they were.
  for (const matter of plan.governance.governanceMatters) {
    if (!matter.project) continue;
    const planned = matter.project;
    const category = MATTER_NEED_CATEGORY[matter.category] ?? C.FACILITIES;
    const need = { id: random.uuid(), title: matter.title, category, description: null, ...path(matter.communityId, matter.neighborhoodId), ...stamp() };
    needs.push(need);
    const own = resources.filter((resource) => resource.unitId === planned.unitId);
    const resource = own.find((candidate) => candidate.category === category) ?? own[0];
    const status = planned.progress === 'EVALUATED' ? P.EVALUATED : planned.progress === 'COMPLETED' ? P.COMPLETED : P.IN_PROGRESS;
    const completed = status !== P.IN_PROGRESS;
    projects.push({
      id: planned.id,
      title: matter.title,
      needId: need.id,
      resourceId: resource.id,
      unitId: planned.unitId,
      governanceMatterId: matter.id,
      status,
      startedAt: new Date(BASE_TIME + 200 * 86_400_000),
      completedAt: completed ? new Date(BASE_TIME + 240 * 86_400_000) : null,
      beneficiaries: completed ? random.int(20, 300) : null,
      evaluatedAt: status === P.EVALUATED ? new Date(BASE_TIME + 250 * 86_400_000) : null,
      rating: status === P.EVALUATED ? random.int(4, 5) : null,
      evaluation: status === P.EVALUATED ? '居民满意' : null,
      ...path(matter.communityId, matter.neighborhoodId),
      ...stamp(),
    });
  }

  // 双向进入、交叉任职: a unit member appointed elsewhere holds their home post in the unit, towards the community the
  // unit is paired with (the appointment's community), so Person.posts lists it beside the appointment.
  for (const appointment of plan.governance.crossAppointments) {
    if (appointment.home.type !== 'JointBuildingUnit') continue;
    const title = HOME_POST_TITLE[appointment.kind];
    if (!title) throw new Error(`No unit post is planned for a ${appointment.kind} appointment from a joint-building unit.`);
    posts.push({ id: random.uuid(), unitId: appointment.home.id, personId: appointment.personId, title, ...communityPath(appointment.communityId), since: appointment.termStart, ...stamp() });
  }
  return { units, pairings, reportIns, resources, needs, projects, posts, activities, participations, wishes };
}
