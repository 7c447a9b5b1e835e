/* eslint-disable max-lines -- the DistrictPlan type every seeder reads, and one deterministic generator: every value is drawn from one seeded random sequence in a fixed order, which fixes the demo's ids and published figures, so it reads (and must change) as one sequence */
import type { DistrictProfile, PlanTargets } from './profiles.js';
import { SeededRandom } from './random.js';
import { createGovernancePlan, type GovernancePlan } from './governance-plan.js';
import { planTargetBranches, planTargetCommitteeMembers, planTargetCommittees, planTargetCompanies } from './published-plan.js';

/**
 * A whole demo district as plain data, generated deterministically from a profile and a seed. Every subgraph's
 * seeder reads the same plan, so ids agree across subgraphs without any subgraph asking another.
 */
export interface DistrictPlan {
  district: { id: string; name: string; code: string };
  streets: { id: string; name: string; districtId: string }[];
  communities: { id: string; name: string; streetId: string; districtId: string }[];
  neighborhoods: {
    id: string;
    name: string;
    address: string;
    kind: 'CLOSED' | 'OPEN';
    builtYear: number;
    communityId: string;
    streetId: string;
    districtId: string;
  }[];
  buildings: { id: string; number: string; floors: number; neighborhoodId: string; communityId: string; streetId: string; districtId: string }[];
  units: {
    id: string;
    number: string;
    area: string;
    use: 'RESIDENTIAL' | 'COMMERCIAL';
    developerHeld: boolean;
    ownerIds: string[];
    buildingId: string;
    neighborhoodId: string;
    communityId: string;
    streetId: string;
    districtId: string;
  }[];
  persons: {
    id: string;
    name: string;
    phone: string;
    idNumber: string;
    communityId: string;
    streetId: string;
    districtId: string;
    residenceNeighborhoodId: string | null;
  }[];
  /** Property companies (物业企业) and the neighborhoods each serves under an active contract. */
  propertyCompanies: { id: string; name: string; neighborhoodIds: string[]; partyOrganizationId: string | null }[];
  /**
   * Neighborhood party branches (小区党支部): a neighborhood with enough members has its own (SINGLE); small ones in a
   * community share a JOINT branch (联合党支部).
   */
  partyBranches: { id: string; name: string; kind: 'SINGLE' | 'JOINT'; communityId: string; neighborhoodIds: string[] }[];
  /**
   * Owners' committees (业主委员会), one per neighborhood that has formed one; a full profile also fixes their members
   * (director, deputy, members), which the owners seeder then takes as they are.
   */
  ownersCommittees: { id: string; neighborhoodId: string; memberIds?: string[] }[];
  /** Joint-building units (共驻共建单位), each paired with a community; some have their own party organisation. */
  jointUnits: { id: string; name: string; kind: JointUnitKind; communityId: string; partyOrganizationId: string | null }[];
  /** Cross-appointments, joint meetings and governance matters (see governance-plan.ts for who seeds what). */
  governance: GovernancePlan;
  /** The exact counts of a full profile, for the seeders (absent for the small test district). */
  targets?: PlanTargets;
  /** Committee members who are party members, when the profile fixes the party share (the party seeder makes them members). */
  committeePartyMemberIds?: string[];
}

export type JointUnitKind = 'GOVERNMENT_BODY' | 'PUBLIC_INSTITUTION' | 'STATE_ENTERPRISE' | 'PRIVATE_ENTERPRISE' | 'SOCIAL_ORGANIZATION' | 'SCHOOL';

const JOINT_UNITS: { name: string; kind: JointUnitKind }[] = [
  { name: '县财政局', kind: 'GOVERNMENT_BODY' },
  { name: '县人民医院', kind: 'PUBLIC_INSTITUTION' },
  { name: '国网梁山县供电公司', kind: 'STATE_ENTERPRISE' },
  { name: '县实验小学', kind: 'SCHOOL' },
  { name: '县市场监督管理局', kind: 'GOVERNMENT_BODY' },
  { name: '梁山农商银行', kind: 'STATE_ENTERPRISE' },
  { name: '水泊义工协会', kind: 'SOCIAL_ORGANIZATION' },
  { name: '鑫达建材有限公司', kind: 'PRIVATE_ENTERPRISE' },
];

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉文斌海燕鹏辉丹萍鑫宇浩凯晨瑞雪梅琳波亮健峰欣慧俊'];
const NAME_PREFIXES = ['翠湖', '锦绣', '阳光', '幸福', '金色', '和谐', '御景', '书香', '绿城', '嘉和', '泰和', '怡景', '盛世', '康居', '水岸', '梧桐', '丽都', '福润'];
const NAME_SUFFIXES = ['花园', '家园', '小区', '新村', '苑', '名居', '雅居', '华庭'];
const ROADS = ['青年路', '府前街', '水泊路', '杏花路', '银山路', '梁园街', '湖滨路', '建设路', '文化路', '人民路'];
const MOBILE_PREFIXES = ['130', '131', '132', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '158', '159', '177', '186', '187', '188', '189'];

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** Two digits (the plan runs in tests' sandboxes too, where global lookups such as String are slow: see random.ts). */
const twoDigits = (value: number) => (value < 10 ? `0${value}` : `${value}`);

function idNumber(random: SeededRandom, regionCode: string): string {
  const year = random.int(1940, 2004);
  const month = twoDigits(random.int(1, 12));
  const day = twoDigits(random.int(1, 28));
  const serial = random.int(0, 999);
  const body = `${regionCode}${year}${month}${day}${serial < 100 ? `0${twoDigits(serial)}` : serial}`;
  let sum = 0;
  for (let index = 0; index < ID_WEIGHTS.length; index++) sum += ID_WEIGHTS[index] * (body.charCodeAt(index) - 48);
  return body + '10X98765432'[sum % 11];
}

function personName(random: SeededRandom): string {
  const given = random.chance(0.6) ? random.pick(GIVEN) + random.pick(GIVEN) : random.pick(GIVEN);
  return random.pick(SURNAMES) + given;
}

/** Floor area of a flat in m², two decimals: mostly 60–140 m², shops larger. */
function area(random: SeededRandom, commercial: boolean): string {
  const cents = commercial ? random.int(4000, 20000) : random.int(5500, 14500);
  return (cents / 100).toFixed(2);
}

export function createDistrictPlan(profile: DistrictProfile, seed: number): DistrictPlan {
  const random = new SeededRandom(seed);
  const district = { id: random.uuid(), name: profile.districtName, code: profile.districtCode };
  const plan: DistrictPlan = {
    district,
    streets: [],
    communities: [],
    neighborhoods: [],
    buildings: [],
    units: [],
    persons: [],
    propertyCompanies: [],
    partyBranches: [],
    ownersCommittees: [],
    jointUnits: [],
    governance: undefined as unknown as GovernancePlan,
  };

  const usedIdNumbers = new Set<string>();
  const uniqueIdNumber = () => {
    let candidate: string;
    do candidate = idNumber(random, profile.districtCode);
    while (usedIdNumbers.has(candidate));
    usedIdNumbers.add(candidate);
    return candidate;
  };
  const newPerson = (community: { id: string; streetId: string }, residenceNeighborhoodId: string | null) => {
    const person = {
      id: random.uuid(),
      name: personName(random),
      phone: random.pick(MOBILE_PREFIXES) + String(random.int(0, 99_999_999)).padStart(8, '0'),
      idNumber: uniqueIdNumber(),
      communityId: community.id,
      streetId: community.streetId,
      districtId: district.id,
      residenceNeighborhoodId,
    };
    plan.persons.push(person);
    return person;
  };

  for (const streetProfile of profile.streets) {
    const street = { id: random.uuid(), name: streetProfile.name, districtId: district.id };
    plan.streets.push(street);
    for (const communityName of streetProfile.communities) {
      const community = { id: random.uuid(), name: communityName, streetId: street.id, districtId: district.id };
      plan.communities.push(community);
      const usedNames = new Set<string>();
      const neighborhoodCount = random.int(...profile.neighborhoodsPerCommunity);
      for (let n = 0; n < neighborhoodCount; n++) {
        let name: string;
        do name = random.pick(NAME_PREFIXES) + random.pick(NAME_SUFFIXES);
        while (usedNames.has(name));
        usedNames.add(name);
        const neighborhood = {
          id: random.uuid(),
          name,
          address: `${profile.districtName}${random.pick(ROADS)}${random.int(1, 300)}号`,
          kind: random.chance(profile.openShare) ? ('OPEN' as const) : ('CLOSED' as const),
          builtYear: random.int(1988, 2022),
          communityId: community.id,
          streetId: street.id,
          districtId: district.id,
        };
        plan.neighborhoods.push(neighborhood);
        const buildingCount = random.int(...profile.buildingsPerNeighborhood);
        for (let b = 1; b <= buildingCount; b++) {
          const floors = random.int(...profile.floors);
          const building = {
            id: random.uuid(),
            number: `${b}号楼`,
            floors,
            neighborhoodId: neighborhood.id,
            communityId: community.id,
            streetId: street.id,
            districtId: district.id,
          };
          plan.buildings.push(building);
          const entrances = random.int(...profile.entrancesPerBuilding);
          let previousOwner: string | null = null;
          for (let entrance = 1; entrance <= entrances; entrance++) {
            for (let floor = 1; floor <= floors; floor++) {
              for (let flat = 1; flat <= profile.flatsPerFloor; flat++) {
                const commercial = floor === 1 && b === 1 && entrance === 1 && flat === 1;
                const developerHeld = random.chance(profile.developerHeldShare);
                const ownerIds: string[] = [];
                if (!developerHeld) {
                  if (previousOwner && random.chance(profile.multiUnitOwnerShare)) ownerIds.push(previousOwner);
                  else ownerIds.push(newPerson(community, neighborhood.id).id);
                  if (random.chance(profile.coOwnedShare)) ownerIds.push(newPerson(community, neighborhood.id).id);
                  previousOwner = ownerIds[0];
                }
                plan.units.push({
                  id: random.uuid(),
                  number: `${entrance}-${floor}0${flat}`,
                  area: area(random, commercial),
                  use: commercial ? 'COMMERCIAL' : 'RESIDENTIAL',
                  developerHeld,
                  ownerIds,
                  buildingId: building.id,
                  neighborhoodId: neighborhood.id,
                  communityId: community.id,
                  streetId: street.id,
                  districtId: district.id,
                });
              }
            }
          }
        }
      }
    }
  }

  const targets = profile.targets;
  if (targets) plan.targets = targets;
  if (targets?.propertyCompanies) planTargetCompanies(plan, profile.propertyCompanies, targets.propertyCompanies, random);
  else planCompanies(plan, profile, random);
  if (targets) planTargetBranches(plan, targets.neighborhoodBranches, random);
  else planBranches(plan, random);
  if (targets?.committeeFormationPercent !== undefined) planTargetCommittees(plan, targets.committeeFormationPercent, random);
  else planCommittees(plan, random);
  JOINT_UNITS.forEach((unit, index) => {
    plan.jointUnits.push({
      ...unit,
      id: random.uuid(),
      communityId: plan.communities[index % plan.communities.length].id,
      partyOrganizationId: unit.kind === 'SOCIAL_ORGANIZATION' ? null : random.uuid(),
    });
  });
  // Drawn last, so the places, people and organisations above stay as they were.
  plan.governance = createGovernancePlan(plan, random);
  if (targets?.committeePartyMemberPercent !== undefined) planTargetCommitteeMembers(plan, targets.committeePartyMemberPercent, random);
  return plan;
}

/** Each company serves a run of consecutive closed neighborhoods; open ones are mostly served by the community. */
function planCompanies(plan: DistrictPlan, profile: DistrictProfile, random: SeededRandom): void {
  const served = plan.neighborhoods.filter((neighborhood) => neighborhood.kind === 'CLOSED');
  const share = Math.ceil(served.length / profile.propertyCompanies.length);
  profile.propertyCompanies.forEach((name, index) => {
    plan.propertyCompanies.push({
      id: random.uuid(),
      name,
      neighborhoodIds: served.slice(index * share, (index + 1) * share).map((neighborhood) => neighborhood.id),
      partyOrganizationId: null,
    });
  });

  // Drawn after everything above, so adding them left the places and people unchanged.
  // 红色物业: three of four companies have their own party organisation (江汉区: 220 companies/projects).
  plan.propertyCompanies.forEach((company, index) => {
    company.partyOrganizationId = index < plan.propertyCompanies.length - 1 ? random.uuid() : null;
  });
}

/** Neighborhoods of 40+ units get their own branch; smaller ones of a community share a joint branch. */
function planBranches(plan: DistrictPlan, random: SeededRandom): void {
  const unitCounts = new Map<string, number>();
  for (const unit of plan.units) unitCounts.set(unit.neighborhoodId, (unitCounts.get(unit.neighborhoodId) ?? 0) + 1);
  const size = (id: string) => unitCounts.get(id) ?? 0;
  for (const community of plan.communities) {
    const neighborhoods = plan.neighborhoods.filter((neighborhood) => neighborhood.communityId === community.id);
    const small = neighborhoods.filter((neighborhood) => size(neighborhood.id) < 40);
    for (const neighborhood of neighborhoods.filter((candidate) => !small.includes(candidate))) {
      plan.partyBranches.push({ id: random.uuid(), name: `${neighborhood.name}党支部`, kind: 'SINGLE', communityId: community.id, neighborhoodIds: [neighborhood.id] });
    }
    if (small.length) {
      plan.partyBranches.push({
        id: random.uuid(),
        name: `${community.name.replace(/社区$/, '')}联合党支部`,
        kind: 'JOINT',
        communityId: community.id,
        neighborhoodIds: small.map((neighborhood) => neighborhood.id),
      });
    }
  }
}

/** Owners' committees in most closed neighborhoods (江汉区 formation rate: 88%). */
function planCommittees(plan: DistrictPlan, random: SeededRandom): void {
  for (const neighborhood of plan.neighborhoods) {
    if (neighborhood.kind === 'CLOSED' && random.chance(0.85)) plan.ownersCommittees.push({ id: random.uuid(), neighborhoodId: neighborhood.id });
  }
}
