/* eslint-disable max-lines -- one deterministic generator: every value is drawn from one seeded random sequence in a fixed order, which fixes the demo's ids and published figures, so it reads (and must change) as one sequence */
import type { DistrictPlan } from '../../../infra/demo/district-plan.js';
import type { MatterCategory } from '../../../infra/demo/governance-plan.js';
import { demoScenario } from '../../../infra/demo/demo-tokens.js';
import { SeededRandom } from '../../../infra/demo/random.js';
import { CREDIT_CODE_ALPHABET, organizationCodeCheckCharacter, withCreditCodeCheck } from '../src/company/credit-code.js';
import { ServiceRequestAction, ServiceRequestCategory, ServiceRequestStatus } from '../src/request/request-kinds.js';
import { PropertyPostKind } from '../src/staff/property-post-kind.js';
import { EvaluationCriterion, PropertyEvaluator } from '../src/evaluation/evaluation-kinds.js';
import { Role } from '../../platform/access/role.js';

/** The fixed seed of the property demo data (the subgraph's port): same plan, same rows, every run. */
export const PROPERTY_DEMO_SEED = 4003;

type Path = { neighborhoodId: string; communityId: string; streetId: string; districtId: string };

export interface PropertyDemo {
  companies: { id: string; name: string; creditCode: string; partyOrganizationId: string | null }[];
  contracts: (Path & { id: string; companyId: string; startsOn: string; endsOn: string | null; endedOn: string | null; endReason: string | null; feeStandard: string })[];
  posts: (Path & { id: string; contractId: string; companyId: string; personId: string; kind: PropertyPostKind; startsOn: string; endsOn: string | null })[];
  requests: (Path & {
    id: string;
    trackingNumber: string;
    contractId: string;
    companyId: string;
    residentPersonId: string;
    category: ServiceRequestCategory;
    location: string;
    description: string;
    status: ServiceRequestStatus;
    satisfaction: number | null;
    /** The governance matter it serves, for the requests the plan opens for matters; null otherwise. */
    governanceMatterId: string | null;
    submittedAt: Date;
    steps: { action: ServiceRequestAction; fromStatus: ServiceRequestStatus | null; toStatus: ServiceRequestStatus; actorRole: Role; actorSubject: string; actorPersonId: string | null; actorOrganizationId: string | null; at: Date; note: string | null; satisfaction: number | null }[];
  })[];
  evaluations: (Path & { id: string; contractId: string; companyId: string; evaluator: PropertyEvaluator; evaluatorOrganizationId: string; year: number; quarter: number; scores: { criterion: EvaluationCriterion; score: number }[] })[];
  fees: (Path & { id: string; contractId: string; companyId: string; year: number; billed: string; collected: string })[];
}

const CATEGORIES = Object.values(ServiceRequestCategory);
const DESCRIPTIONS: Record<ServiceRequestCategory, string> = {
  NOISE: '夜间装修噪音扰民',
  PARKING: '消防通道被占用停车',
  ELEVATOR: '电梯运行异响',
  DRAINAGE: '地下室排水不畅',
  EV_CHARGING: '希望增设电动车充电桩',
  GREENERY: '绿化带树木需修剪',
  SANITATION: '垃圾清运不及时',
  OTHER: '单元门禁损坏',
};
/** How far each demo request got: the lifecycle up to and including that state. */
const PROGRESS: ServiceRequestStatus[] = [
  ServiceRequestStatus.SUBMITTED,
  ServiceRequestStatus.ACCEPTED,
  ServiceRequestStatus.IN_PROGRESS,
  ServiceRequestStatus.RESOLVED,
  ServiceRequestStatus.EVALUATED,
  ServiceRequestStatus.EVALUATED,
];
const FORWARD: [ServiceRequestAction, ServiceRequestStatus][] = [
  [ServiceRequestAction.ACCEPT, ServiceRequestStatus.ACCEPTED],
  [ServiceRequestAction.START, ServiceRequestStatus.IN_PROGRESS],
  [ServiceRequestAction.RESOLVE, ServiceRequestStatus.RESOLVED],
  [ServiceRequestAction.EVALUATE, ServiceRequestStatus.EVALUATED],
];

function pathOf(neighborhood: Path & { id?: string }): Path {
  return { neighborhoodId: neighborhood.neighborhoodId, communityId: neighborhood.communityId, streetId: neighborhood.streetId, districtId: neighborhood.districtId };
}

/**
 * The property part of a demo district, as plain rows: every company of the plan; an active contract for each
 * neighborhood a company serves in the plan (the plan's "active contracts"); an ended contract of another company
 * before it in every third of them (history); the project manager the governance plan names for each active contract;
 * a few requests per served neighborhood at every stage of the lifecycle (the demo resident has one); quarterly
 * evaluations and last year's fees; and the service requests of each governance matter the plan serves. Deterministic: the seeder writes exactly these rows, and tests compute expected figures from them.
 */
export function planPropertyDemo(plan: DistrictPlan): PropertyDemo {
  const random = new SeededRandom(PROPERTY_DEMO_SEED);
  const scenario = demoScenario(plan);
  const demo: PropertyDemo = { companies: [], contracts: [], posts: [], requests: [], evaluations: [], fees: [] };
  const byId = new Map(plan.neighborhoods.map((n) => [n.id, n]));

  for (const company of plan.propertyCompanies) {
    const organization = Array.from({ length: 8 }, () => random.pick([...'0123456789ABCDEFGHJKLMNPQRTUWXY'.slice(0, 10), 'M', 'A'])).join('');
    const first17 = `91${plan.district.code}${organization}${organizationCodeCheckCharacter(organization)}`;
    if ([...first17].some((character) => !CREDIT_CODE_ALPHABET.includes(character))) throw new Error('demo credit code outside the alphabet');
    demo.companies.push({ id: company.id, name: company.name, creditCode: withCreditCodeCheck(first17), partyOrganizationId: company.partyOrganizationId });
  }

  let serial = 0;
  const base = Date.UTC(2026, 0, 5, 1, 0, 0);
  plan.propertyCompanies.forEach((company, companyIndex) => {
    for (const [index, neighborhoodId] of company.neighborhoodIds.entries()) {
      const neighborhood = byId.get(neighborhoodId)!;
      const path = pathOf({ ...neighborhood, neighborhoodId });
      const startYear = random.int(2019, 2024);
      const startsOn = `${startYear}-0${random.int(1, 9)}-01`;
      if (index % 3 === 0 && plan.propertyCompanies.length > 1) {
        const previous = plan.propertyCompanies[(companyIndex + 1) % plan.propertyCompanies.length];
        demo.contracts.push({
          ...path,
          id: random.uuid(),
          companyId: previous.id,
          startsOn: `${startYear - 5}-01-01`,
          endsOn: startsOn,
          endedOn: startsOn,
          endReason: '合同到期，业主大会决议另聘',
          feeStandard: (random.int(60, 150) / 100).toFixed(2),
        });
      }
      const contract = {
        ...path,
        id: random.uuid(),
        companyId: company.id,
        startsOn,
        endsOn: random.chance(0.5) ? null : `${random.int(2033, 2036)}-01-01`,
        endedOn: null,
        endReason: null,
        feeStandard: (random.int(80, 250) / 100).toFixed(2),
      };
      demo.contracts.push(contract);
      const residents = plan.persons.filter((person) => person.residenceNeighborhoodId === neighborhoodId);
      const manager = plan.governance.projectManagers.find((candidate) => candidate.companyId === company.id && candidate.neighborhoodId === neighborhoodId);
      if (!manager) throw new Error(`the governance plan names no project manager for company ${company.id} in neighborhood ${neighborhoodId}`);
      demo.posts.push({ ...path, id: random.uuid(), contractId: contract.id, companyId: company.id, personId: manager.personId, kind: PropertyPostKind.PROJECT_MANAGER, startsOn, endsOn: null });

      const count = random.int(...(plan.targets?.requestsPerNeighborhood ?? [2, 5]));
      for (let r = 0; r < count; r++) {
        const resident = neighborhoodId === scenario.neighborhood.id && r === 0 ? scenario.resident : random.pick(residents);
        const category = random.pick(CATEGORIES);
        const reached = random.pick(PROGRESS);
        const submittedAt = new Date(base + (serial++ * 7 + random.int(0, 6)) * 3600_000);
        const id = random.uuid();
        const steps: PropertyDemo['requests'][number]['steps'] = [
          { action: ServiceRequestAction.SUBMIT, fromStatus: null, toStatus: ServiceRequestStatus.SUBMITTED, actorRole: Role.RESIDENT, actorSubject: 'demo-seed', actorPersonId: resident.id, actorOrganizationId: null, at: submittedAt, note: null, satisfaction: null },
        ];
        let status = ServiceRequestStatus.SUBMITTED;
        let satisfaction: number | null = null;
        for (const [action, to] of FORWARD) {
          if (PROGRESS.indexOf(status) >= PROGRESS.indexOf(reached)) break;
          const resident_ = action === ServiceRequestAction.EVALUATE;
          satisfaction = resident_ ? random.int(2, 5) : null;
          steps.push({
            action,
            fromStatus: status,
            toStatus: to,
            actorRole: resident_ ? Role.RESIDENT : Role.PROPERTY_COMPANY,
            actorSubject: 'demo-seed',
            actorPersonId: resident_ ? resident.id : null,
            actorOrganizationId: resident_ ? null : company.id,
            at: new Date(submittedAt.getTime() + steps.length * 3600_000),
            note: action === ServiceRequestAction.RESOLVE ? '已处理完毕' : null,
            satisfaction,
          });
          status = to;
        }
        demo.requests.push({
          ...path,
          id,
          trackingNumber: `SR${submittedAt.toISOString().replace(/[-:T]/g, '').slice(0, 14)}-${id.slice(0, 4)}`,
          contractId: contract.id,
          companyId: company.id,
          residentPersonId: resident.id,
          category,
          location: `${random.int(1, 4)}号楼${random.int(1, 2)}单元`,
          description: DESCRIPTIONS[category],
          status,
          satisfaction: status === ServiceRequestStatus.EVALUATED ? satisfaction : null,
          governanceMatterId: null,
          submittedAt,
          steps,
        });
      }

      const evaluators: [PropertyEvaluator, string | undefined][] = [
        [PropertyEvaluator.PARTY_BRANCH, plan.partyBranches.find((branch) => branch.neighborhoodIds.includes(neighborhoodId))?.id],
        [PropertyEvaluator.OWNERS_COMMITTEE, plan.ownersCommittees.find((committee) => committee.neighborhoodId === neighborhoodId)?.id],
      ];
      for (const [evaluator, organizationId] of evaluators) {
        if (!organizationId) continue;
        demo.evaluations.push({
          ...path,
          id: random.uuid(),
          contractId: contract.id,
          companyId: company.id,
          evaluator,
          evaluatorOrganizationId: organizationId,
          year: 2026,
          quarter: 2,
          scores: Object.values(EvaluationCriterion).map((criterion) => ({ criterion, score: random.int(70, 98) })),
        });
      }
      const billed = random.int(200_000, 900_000) * 100;
      demo.fees.push({
        ...path,
        id: random.uuid(),
        contractId: contract.id,
        companyId: company.id,
        year: 2025,
        billed: (billed / 100).toFixed(2),
        collected: (Math.floor((billed * random.int(78, 99)) / 100) / 100).toFixed(2),
      });
    }
  });
  planMatterRequests(plan, demo, random);
  if (plan.targets?.requestSatisfactionRate) meetSatisfactionTarget(demo, plan.targets.requestSatisfactionRate, random);
  return demo;
}

/** satisfied ÷ evaluated with 4 decimals, rounded half up, as the property statistics give it. */
function rateOf(satisfied: number, evaluated: number): string {
  const scaled = Math.floor((satisfied * 20000 + evaluated) / (2 * evaluated));
  return `${Math.floor(scaled / 10000)}.${String(scaled % 10000).padStart(4, '0')}`;
}

/**
 * A full profile's satisfaction rate exactly: the most evaluated requests for which some count of satisfied ones gives
 * `rate`; evaluations beyond that are left undone (the request stays RESOLVED), and the scores are set so that exactly
 * that many are satisfied (4–5) and the rest are not (3). Requests of governance matters keep their evaluations.
 */
function meetSatisfactionTarget(demo: PropertyDemo, rate: string, random: SeededRandom): void {
  const evaluated = demo.requests.filter((request) => request.status === ServiceRequestStatus.EVALUATED);
  let kept = evaluated.length;
  const satisfiedFor = (count: number) => Math.round(count * Number(rate));
  while (kept > 0 && rateOf(satisfiedFor(kept), kept) !== rate) kept--;
  if (kept === 0) throw new Error(`no number of evaluated requests gives a satisfaction rate of ${rate}`);
  // Undo the evaluations of ordinary requests, from the last one.
  const ordinary = evaluated.filter((request) => request.governanceMatterId === null);
  if (ordinary.length < evaluated.length - kept) throw new Error('too few ordinary requests to meet the satisfaction rate');
  for (const request of ordinary.slice(ordinary.length - (evaluated.length - kept))) {
    request.status = ServiceRequestStatus.RESOLVED;
    request.satisfaction = null;
    request.steps.pop();
  }
  const remaining = evaluated.filter((request) => request.status === ServiceRequestStatus.EVALUATED);
  const unsatisfied = new Set(remaining.filter((request) => request.governanceMatterId === null).slice(0, kept - satisfiedFor(kept)));
  for (const request of remaining) {
    const score = unsatisfied.has(request) ? 3 : Math.max(request.satisfaction ?? 0, 4 + (random.chance(0.5) ? 1 : 0));
    request.satisfaction = Math.min(score, 5);
    request.steps[request.steps.length - 1].satisfaction = request.satisfaction;
  }
}

/** The request category closest to each kind of governance matter. */
const MATTER_CATEGORIES: Record<MatterCategory, ServiceRequestCategory> = {
  FACILITY_REPAIR: ServiceRequestCategory.DRAINAGE,
  ENVIRONMENT: ServiceRequestCategory.SANITATION,
  PARKING: ServiceRequestCategory.PARKING,
  SAFETY: ServiceRequestCategory.OTHER,
  ELDERLY_CARE: ServiceRequestCategory.OTHER,
  MAINTENANCE_FUND_USE: ServiceRequestCategory.ELEVATOR,
  COMMON_PART_USE: ServiceRequestCategory.EV_CHARGING,
  PROPERTY_EVALUATION: ServiceRequestCategory.OTHER,
  PROPERTY_COMPANY_CHANGE: ServiceRequestCategory.OTHER,
};

/** How far a matter's request got in the plan, as the last state of the lifecycle it reached. */
const MATTER_PROGRESS: Record<'IN_PROGRESS' | 'COMPLETED' | 'EVALUATED', ServiceRequestStatus> = {
  IN_PROGRESS: ServiceRequestStatus.IN_PROGRESS,
  COMPLETED: ServiceRequestStatus.RESOLVED,
  EVALUATED: ServiceRequestStatus.EVALUATED,
};

/**
 * The service requests of each planned governance matter (三议一服务: 服务), with the ids the plan gives them: opened by
 * the company serving the neighborhood after the joint meeting, for a resident of the neighborhood who evaluates
 * it, and taken through the lifecycle as far as the plan says. Drawn after every other row, so those stay as they were.
 */
function planMatterRequests(plan: DistrictPlan, demo: PropertyDemo, random: SeededRandom): void {
  const meetings = new Map(plan.governance.jointMeetings.map((meeting) => [meeting.id, meeting]));
  // Looked up once per neighborhood: a district has thousands of matters.
  const lookups = new Map<string, { contract: PropertyDemo['contracts'][number] | undefined; candidates: string[] }>();
  const lookup = (neighborhoodId: string) => {
    let found = lookups.get(neighborhoodId);
    if (!found) {
      const residents = plan.persons.filter((person) => person.residenceNeighborhoodId === neighborhoodId).map((person) => person.id);
      const owners = plan.units.filter((unit) => unit.neighborhoodId === neighborhoodId).flatMap((unit) => unit.ownerIds);
      found = { contract: demo.contracts.find((candidate) => candidate.neighborhoodId === neighborhoodId && candidate.endedOn === null), candidates: residents.length ? residents : owners };
      lookups.set(neighborhoodId, found);
    }
    return found;
  };
  for (const matter of plan.governance.governanceMatters) {
    if (!matter.serviceRequests.length) continue;
    const { contract, candidates } = lookup(matter.neighborhoodId);
    if (!contract) throw new Error(`no company serves the neighborhood of governance matter ${matter.id}`);
    const heldOn = meetings.get(matter.deliberation!.meetingId)!.heldOn;
    for (const planned of matter.serviceRequests) {
      const residentId = random.pick(candidates);
      const submittedAt = new Date(Date.parse(`${heldOn}T01:00:00Z`) + (random.int(20, 40) * 24 + random.int(0, 8)) * 3600_000);
      const reached = MATTER_PROGRESS[planned.progress];
      const steps: PropertyDemo['requests'][number]['steps'] = [];
      const companyStep = (action: ServiceRequestAction, fromStatus: ServiceRequestStatus | null, toStatus: ServiceRequestStatus, note: string | null) =>
        steps.push({ action, fromStatus, toStatus, actorRole: Role.PROPERTY_COMPANY, actorSubject: 'demo-seed', actorPersonId: null, actorOrganizationId: contract.companyId, at: new Date(submittedAt.getTime() + steps.length * 24 * 3600_000), note, satisfaction: null });
      companyStep(ServiceRequestAction.SUBMIT, null, ServiceRequestStatus.SUBMITTED, '议事事项服务');
      let status = ServiceRequestStatus.SUBMITTED;
      let satisfaction: number | null = null;
      for (const [action, to] of FORWARD) {
        if (PROGRESS.indexOf(status) >= PROGRESS.indexOf(reached)) break;
        if (action === ServiceRequestAction.EVALUATE) {
          satisfaction = random.int(3, 5);
          steps.push({ action, fromStatus: status, toStatus: to, actorRole: Role.RESIDENT, actorSubject: 'demo-seed', actorPersonId: residentId, actorOrganizationId: null, at: new Date(submittedAt.getTime() + steps.length * 24 * 3600_000), note: null, satisfaction });
        } else {
          companyStep(action, status, to, action === ServiceRequestAction.RESOLVE ? '已按议事事项办结' : null);
        }
        status = to;
      }
      demo.requests.push({
        ...pathOf(contract),
        id: planned.id,
        trackingNumber: `SR${submittedAt.toISOString().replace(/[-:T]/g, '').slice(0, 14)}-${planned.id.slice(0, 4)}`,
        contractId: contract.id,
        companyId: contract.companyId,
        residentPersonId: residentId,
        governanceMatterId: matter.id,
        category: MATTER_CATEGORIES[matter.category],
        location: '小区公共区域',
        description: matter.title,
        status,
        satisfaction,
        submittedAt,
        steps,
      });
    }
  }
}
