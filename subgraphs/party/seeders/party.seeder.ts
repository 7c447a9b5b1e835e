/* eslint-disable max-lines -- one deterministic generator: every value is drawn from one seeded random sequence in a fixed order, which fixes the demo's ids and published figures, so it reads (and must change) as one sequence */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DistrictPlan } from '../../../infra/demo/district-plan.js';
import { SeededRandom } from '../../../infra/demo/random.js';
import { RegisteredPlace, RegisteredPlaceLevel } from '../src/place/place-register.entity.js';
import { PartyOrganization } from '../src/organization/organization.entity.js';
import { PartyBranchForm, PartyOrganizationKind as Kind } from '../src/organization/organization-kinds.js';
import { PartyMember } from '../src/member/member.entity.js';
import { PartyMemberCategory, PartyMemberStatus } from '../src/member/member-kinds.js';
import { PartyPost } from '../src/post/post.entity.js';
import { PartyPostKind, SecretaryOrigin } from '../src/post/post-kinds.js';
import { CentralHousehold } from '../src/household/central-household.entity.js';
import { PartyReportIn } from '../src/report-in/report-in.entity.js';
import { PartyStarRating } from '../src/rating/star-rating.entity.js';
import { StarRatingStatus } from '../src/rating/star-rating-status.js';
import { PartyServiceStation, ServiceStationKind } from '../src/station/service-station.entity.js';
import { GovernanceMatter } from '../src/governance/governance-matter.entity.js';
import { JointMeeting } from '../src/governance/joint-meeting.entity.js';
import { MatterDeliberation } from '../src/governance/matter-deliberation.entity.js';
import { CrossAppointment } from '../src/governance/cross-appointment.entity.js';
import { CrossAppointmentKind } from '../src/governance/cross-appointment-kinds.js';
import { DeliberationOutcome, MatterCategory, MeetingCapacity } from '../src/governance/governance-kinds.js';
import { seedHeads } from './neighborhood-head.seeder.js';
import { seedEscalations } from './escalation.seeder.js';
import { seedServiceOrders } from './service-order.seeder.js';
import { spreadIndices } from '../../../infra/demo/published-plan.js';

/** The party seeder's own generator seed: the same plan always gives the same party data. */
export const PARTY_SEED = 3003;

/** The current term of every seeded post (a five-year term). */
export const SEEDED_TERM = { termStart: '2024-01-01', termEnd: '2028-12-31' } as const;

/** The year every seeded branch has an approved star rating for. */
export const SEEDED_RATING_YEAR = 2025;

/** Weighted choice: `weights` pairs each value with its share. */
function weighted<T>(random: SeededRandom, weights: readonly (readonly [T, number])[]): T {
  let draw = random.next() * weights.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of weights) {
    draw -= weight;
    if (draw < 0) return value;
  }
  return weights[weights.length - 1][0];
}

function pickDistinct<T>(random: SeededRandom, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length) picked.push(pool.splice(Math.floor(random.next() * pool.length), 1)[0]);
  return picked;
}

// 荔城区 拱辰社区: 629 members, 215 retired (34%), 3 probationary; the rest split between in service, mobile, without post.
const STATUS_SHARES = [
  [PartyMemberStatus.IN_SERVICE, 0.45],
  [PartyMemberStatus.RETIRED, 0.34],
  [PartyMemberStatus.MOBILE, 0.08],
  [PartyMemberStatus.WITHOUT_POST, 0.13],
] as const;
// 榆次区 secretaries: 174 community committee members, 133 resident members, 17 retired officials, 12 veterans.
const ORIGIN_SHARES = [
  [SecretaryOrigin.COMMUNITY_COMMITTEE_MEMBER, 174],
  [SecretaryOrigin.ELECTED_RESIDENT_MEMBER, 133],
  [SecretaryOrigin.RETIRED_OFFICIAL, 17],
  [SecretaryOrigin.VETERAN, 12],
] as const;
// 金乡县: 29 five-star branches of 94.
const STAR_SHARES = [
  [5, 0.31],
  [4, 0.3],
  [3, 0.25],
  [2, 0.1],
  [1, 0.04],
] as const;

/** A new entity instance with these fields, not yet attached to any EntityManager. */
function make<T extends object>(entity: new () => T, fields: Partial<T>): T {
  return Object.assign(new entity(), fields);
}

export interface PartyDemoData {
  places: RegisteredPlace[];
  organizations: PartyOrganization[];
  members: PartyMember[];
  posts: PartyPost[];
  households: CentralHousehold[];
  reportIns: PartyReportIn[];
  ratings: PartyStarRating[];
  stations: PartyServiceStation[];
  matters: GovernanceMatter[];
  meetings: JointMeeting[];
  deliberations: MatterDeliberation[];
  crossAppointments: CrossAppointment[];
}

/**
 * The party side of the demo district, derived from the plan: the place register, one working committee per street,
 * one committee per community, the plan's branches (exact ids), building groups in single-branch neighborhoods,
 * a retired members' branch per street, company and unit organisations (exact `partyOrganizationId`s), members
 * (at least 3 formal residents for every single branch, fewer for joint-branch neighborhoods), posts, central
 * households, report-ins, star ratings and service stations.
 */
export function planPartyData(plan: DistrictPlan): PartyDemoData {
  const random = new SeededRandom(PARTY_SEED);
  const now = new Date('2026-01-01T00:00:00Z');
  const organizations: PartyOrganization[] = [];
  const members: PartyMember[] = [];
  const posts: PartyPost[] = [];
  const households: CentralHousehold[] = [];
  const reportIns: PartyReportIn[] = [];
  const ratings: PartyStarRating[] = [];
  const stations: PartyServiceStation[] = [];

  const organization = (fields: Partial<PartyOrganization> & Pick<PartyOrganization, 'name' | 'kind' | 'districtId'>, parent: PartyOrganization | null, id = random.uuid()) => {
    const row = make(PartyOrganization, {
      id,
      createdAt: now,
      updatedAt: now,
      parentId: parent?.id ?? null,
      ancestorIds: parent ? [...parent.ancestorIds, parent.id] : [],
      streetId: parent?.streetId ?? null,
      communityId: parent?.communityId ?? null,
      ...fields,
    });
    organizations.push(row);
    return row;
  };

  const streetCommittees = new Map<string, PartyOrganization>();
  const retiredBranches = new Map<string, PartyOrganization>();
  for (const street of plan.streets) {
    const committee = organization({ name: `${street.name}党工委`, kind: Kind.STREET_WORKING_COMMITTEE, districtId: street.districtId, streetId: street.id }, null);
    streetCommittees.set(street.id, committee);
    retiredBranches.set(street.id, organization({ name: `${street.name}离退休党员党支部`, kind: Kind.RETIRED_MEMBERS_BRANCH, districtId: street.districtId }, committee));
  }
  const communityCommittees = new Map<string, PartyOrganization>();
  const plannedCommittees = new Map(plan.governance.communityPartyCommittees.map((committee) => [committee.communityId, committee.id]));
  for (const community of plan.communities) {
    // The governance plan fixes these ids (appointments name them); an id is still drawn so the data after stays as it was.
    random.uuid();
    communityCommittees.set(
      community.id,
      organization(
        { name: `${community.name}党委`, kind: Kind.COMMUNITY_COMMITTEE, districtId: community.districtId, communityId: community.id },
        streetCommittees.get(community.streetId)!,
        plannedCommittees.get(community.id)!,
      ),
    );
  }
  const branchOfNeighborhood = new Map<string, PartyOrganization>();
  for (const branch of plan.partyBranches) {
    const community = plan.communities.find((candidate) => candidate.id === branch.communityId)!;
    const row = organization(
      { name: branch.name, kind: Kind.NEIGHBORHOOD_BRANCH, form: branch.kind as PartyBranchForm, districtId: community.districtId, neighborhoodIds: [...branch.neighborhoodIds] },
      communityCommittees.get(branch.communityId)!,
      branch.id,
    );
    for (const id of branch.neighborhoodIds) branchOfNeighborhood.set(id, row);
  }
  const groupOfBuilding = new Map<string, PartyOrganization>();
  for (const building of plan.buildings) {
    const branch = branchOfNeighborhood.get(building.neighborhoodId);
    if (branch?.form !== PartyBranchForm.SINGLE) continue;
    const neighborhood = plan.neighborhoods.find((candidate) => candidate.id === building.neighborhoodId)!;
    groupOfBuilding.set(
      building.id,
      organization({ name: `${neighborhood.name}${building.number}党小组`, kind: Kind.BUILDING_GROUP, districtId: building.districtId, neighborhoodIds: [building.neighborhoodId], buildingId: building.id }, branch),
    );
  }
  const companyBranches: { branch: PartyOrganization; company: DistrictPlan['propertyCompanies'][number] }[] = [];
  for (const company of plan.propertyCompanies) {
    if (!company.partyOrganizationId) continue;
    const first = plan.neighborhoods.find((candidate) => candidate.id === company.neighborhoodIds[0]);
    const committee = streetCommittees.get(first?.streetId ?? plan.streets[0].id)!;
    const branch = organization({ name: `${company.name}党支部`, kind: Kind.PROPERTY_COMPANY_BRANCH, districtId: committee.districtId, hostOrganizationId: company.id }, committee, company.partyOrganizationId);
    companyBranches.push({ branch, company });
  }
  const unitOrganizations: { organization: PartyOrganization; unit: DistrictPlan['jointUnits'][number] }[] = [];
  for (const unit of plan.jointUnits) {
    if (!unit.partyOrganizationId) continue;
    unitOrganizations.push({
      organization: organization({ name: `${unit.name}党支部`, kind: Kind.JOINT_UNIT_ORGANIZATION, districtId: plan.district.id, hostOrganizationId: unit.id }, null, unit.partyOrganizationId),
      unit,
    });
  }

  // Members. Residents of each neighborhood, drawn without repeats across the district. Where the plan fixes which
  // committee members are party members, the other committee members are never drawn.
  const taken = new Set<string>();
  const { partySeats, excluded } = committeeStanding(plan);
  const residents = new Map<string, DistrictPlan['persons']>();
  for (const person of plan.persons) {
    if (!person.residenceNeighborhoodId) continue;
    const list = residents.get(person.residenceNeighborhoodId);
    if (list) list.push(person);
    else residents.set(person.residenceNeighborhoodId, [person]);
  }
  const residentsOf = (neighborhoodId: string) => (residents.get(neighborhoodId) ?? []).filter((person) => !taken.has(person.id) && !excluded.has(person.id));
  const member = (personId: string, holder: PartyOrganization, category: PartyMemberCategory, status: PartyMemberStatus, residenceNeighborhoodId: string | null) => {
    taken.add(personId);
    const row = make(PartyMember, {
      id: random.uuid(), createdAt: now, updatedAt: now, personId, organizationId: holder.id, category, status, residenceNeighborhoodId,
      // Recorded when the district's register was taken over (the seed's day), the probation counts from then.
      probationStartedOn: category === PartyMemberCategory.PROBATIONARY ? now.toISOString().slice(0, 10) : null,
      districtId: holder.districtId, streetId: holder.streetId, communityId: holder.communityId,
    });
    members.push(row);
    return row;
  };
  for (const neighborhood of plan.neighborhoods) {
    const branch = branchOfNeighborhood.get(neighborhood.id);
    if (!branch) continue;
    const single = branch.form === PartyBranchForm.SINGLE;
    for (const personId of partySeats.get(neighborhood.id) ?? []) member(personId, branch, PartyMemberCategory.FORMAL, weighted(random, STATUS_SHARES), neighborhood.id);
    const formal = single ? random.int(...(plan.targets?.membersPerSingleBranch ?? [3, 6])) : random.int(0, 2);
    const probationary = single && random.chance(0.3) ? 1 : 0;
    const people = pickDistinct(random, residentsOf(neighborhood.id), formal + probationary);
    people.forEach((person, index) => {
      const status = weighted(random, STATUS_SHARES);
      // Some retired members keep their membership in the street's retired members' branch.
      const holder = status === PartyMemberStatus.RETIRED && !single && random.chance(0.5) ? retiredBranches.get(neighborhood.streetId)! : branch;
      member(person.id, holder, index < formal ? PartyMemberCategory.FORMAL : PartyMemberCategory.PROBATIONARY, status, neighborhood.id);
    });
  }
  for (const { branch, company } of companyBranches) {
    for (const neighborhoodId of company.neighborhoodIds.slice(0, 3)) {
      const [person] = pickDistinct(random, residentsOf(neighborhoodId), 1);
      if (person) member(person.id, branch, PartyMemberCategory.FORMAL, PartyMemberStatus.IN_SERVICE, neighborhoodId);
    }
  }
  // 双报到: two in-service members of each unit report to the community where they live.
  for (const { organization: holder } of unitOrganizations) {
    for (let count = 0; count < 2; count++) {
      const neighborhood = random.pick(plan.neighborhoods);
      const [person] = pickDistinct(random, residentsOf(neighborhood.id), 1);
      if (!person) continue;
      const row = member(person.id, holder, PartyMemberCategory.FORMAL, PartyMemberStatus.IN_SERVICE, neighborhood.id);
      const units = plan.units.filter((unit) => unit.communityId === neighborhood.communityId);
      reportIns.push(
        make(PartyReportIn, {
          id: random.uuid(), createdAt: now, updatedAt: now, memberId: row.id, communityId: neighborhood.communityId, streetId: neighborhood.streetId,
          districtId: neighborhood.districtId, pairedUnitIds: pickDistinct(random, units, random.int(10, 15)).map((unit) => unit.id), reportedOn: '2026-03-15',
        }),
      );
    }
  }

  // Posts: a secretary for every organisation but building groups, a leader for every group.
  const post = (holder: PartyOrganization, personId: string, kind: PartyPostKind, secretaryOrigin: SecretaryOrigin | null = null) =>
    posts.push(make(PartyPost, { id: random.uuid(), createdAt: now, updatedAt: now, organizationId: holder.id, personId, kind, secretaryOrigin, ...SEEDED_TERM }));
  // Every member is planned by now: look them up by organisation (a district has thousands of organisations).
  const membersByOrganization = new Map<string, PartyMember[]>();
  for (const row of members) membersByOrganization.set(row.organizationId, [...(membersByOrganization.get(row.organizationId) ?? []), row]);
  const organizationById = new Map(organizations.map((row) => [row.id, row]));
  const membersOf = (holder: PartyOrganization) => membersByOrganization.get(holder.id) ?? [];
  const committeeSizes = targetBranchCommitteeSizes(plan, organizations, members);
  for (const holder of organizations) {
    const own = membersOf(holder).filter((row) => row.category === PartyMemberCategory.FORMAL);
    if (holder.kind === Kind.BUILDING_GROUP) {
      const branchMembers = membersOf(organizationById.get(holder.parentId!)!);
      if (branchMembers.length) post(holder, random.pick(branchMembers).personId, PartyPostKind.GROUP_LEADER);
      continue;
    }
    const area = () => plan.persons.filter((person) => (holder.communityId ? person.communityId === holder.communityId : person.streetId === (holder.streetId ?? person.streetId)));
    const origin = holder.kind === Kind.JOINT_UNIT_ORGANIZATION ? SecretaryOrigin.FIRST_SECRETARY_FROM_UNIT : weighted(random, ORIGIN_SHARES);
    const secretary = own[0]?.personId ?? random.pick(area()).id;
    post(holder, secretary, PartyPostKind.SECRETARY, origin);
    const size = committeeSizes?.get(holder.id);
    if (size !== undefined) {
      // A full profile's branch committee: secretary, deputy and members, as many as the plan gives the branch.
      if (size >= 2) post(holder, own[1].personId, PartyPostKind.DEPUTY_SECRETARY);
      for (let seat = 2; seat < size; seat++) post(holder, own[seat].personId, PartyPostKind.COMMITTEE_MEMBER);
      continue;
    }
    if (own.length >= 4) post(holder, own[1].personId, PartyPostKind.DEPUTY_SECRETARY);
    if (own.length >= 5) post(holder, own[2].personId, PartyPostKind.COMMITTEE_MEMBER);
  }
  // 江汉区: property heads serve as part-time members of community committees.
  for (const { branch, company } of companyBranches) {
    const head = membersOf(branch)[0];
    const first = plan.neighborhoods.find((candidate) => candidate.id === company.neighborhoodIds[0]);
    if (head && first) post(communityCommittees.get(first.communityId)!, head.personId, PartyPostKind.PART_TIME_COMMITTEE_MEMBER);
  }

  // Central households: a branch member's own flat in a building with a group, serving flats of that building.
  const unitsOfOwner = new Map<string, DistrictPlan['units']>();
  for (const unit of plan.units) for (const owner of unit.ownerIds) unitsOfOwner.set(owner, [...(unitsOfOwner.get(owner) ?? []), unit]);
  const unitsOfBuilding = new Map<string, DistrictPlan['units']>();
  for (const unit of plan.units) unitsOfBuilding.set(unit.buildingId, [...(unitsOfBuilding.get(unit.buildingId) ?? []), unit]);
  const designated = new Set<string>();
  // A full profile designates exactly its target: that many of the eligible members, spread, several per group.
  const householdTarget = plan.targets?.centralHouseholds;
  const homes = new Set<string>();
  // Each flat is one household: a member whose co-owner already holds it is not designated again.
  const eligible = (row: PartyMember) => {
    const home = unitsOfOwner.get(row.personId)?.[0];
    const group = home && groupOfBuilding.get(home.buildingId);
    if (!home || !group || group.parentId !== row.organizationId || homes.has(home.id)) return false;
    homes.add(home.id);
    return true;
  };
  const candidates = householdTarget === undefined ? members : spreadTarget(members.filter(eligible), householdTarget, 'central households');
  for (const row of candidates) {
    const home = unitsOfOwner.get(row.personId)?.[0];
    const group = home && groupOfBuilding.get(home.buildingId);
    if (!home || !group || (householdTarget === undefined && designated.has(group.id)) || group.parentId !== row.organizationId) continue;
    designated.add(group.id);
    const neighbors = unitsOfBuilding.get(home.buildingId)!.filter((unit) => unit.id !== home.id);
    households.push(
      make(CentralHousehold, {
        id: random.uuid(), createdAt: now, updatedAt: now, memberId: row.id, organizationId: group.id, householdUnitId: home.id,
        servedUnitIds: pickDistinct(random, neighbors, random.int(3, 8)).map((unit) => unit.id), designatedOn: '2025-07-01',
        districtId: group.districtId, streetId: group.streetId, communityId: group.communityId,
      }),
    );
  }

  // Star ratings for the last year, approved; stations: one per branch, a secretary's studio per community committee.
  for (const branch of organizations.filter((row) => row.kind === Kind.NEIGHBORHOOD_BRANCH)) {
    const stars = weighted(random, STAR_SHARES);
    ratings.push(
      make(PartyStarRating, {
        id: random.uuid(), createdAt: now, updatedAt: now, organizationId: branch.id, year: SEEDED_RATING_YEAR, status: StarRatingStatus.APPROVED,
        appliedStars: Math.min(5, stars + (random.chance(0.3) ? 1 : 0)), appliedBy: 'seed-branch', appliedAt: new Date('2026-01-10T02:00:00Z'),
        assessedStars: stars, assessedBy: 'seed-community', assessedAt: new Date('2026-01-20T02:00:00Z'),
        approvedStars: stars, approvedBy: 'seed-district', approvedAt: new Date('2026-02-01T02:00:00Z'),
        districtId: branch.districtId, streetId: branch.streetId, communityId: branch.communityId,
      }),
    );
    stations.push(
      make(PartyServiceStation, {
        id: random.uuid(), createdAt: now, updatedAt: now,
        name: branch.form === PartyBranchForm.SINGLE ? `${branch.name.replace(/党支部$/, '')}红帆驿站` : `${branch.name.replace(/党支部$/, '')}党群服务站`,
        kind: branch.form === PartyBranchForm.SINGLE ? ServiceStationKind.RED_SAIL_POST : ServiceStationKind.PARTY_MASS_SERVICE_STATION,
        organizationId: branch.id, neighborhoodId: branch.neighborhoodIds[0], floorArea: (random.int(1500, 4500) / 100).toFixed(2),
        openingHours: random.pick(['周一至周日 8:00-20:00', '周一至周五 8:30-17:30', '周一至周六 9:00-18:00']),
        districtId: branch.districtId, streetId: branch.streetId, communityId: branch.communityId,
      }),
    );
  }
  const branchStations = stations.length;
  for (const committee of communityCommittees.values()) {
    stations.push(
      make(PartyServiceStation, {
        id: random.uuid(), createdAt: now, updatedAt: now, name: `${committee.name.replace(/党委$/, '')}书记工作室`, kind: ServiceStationKind.SECRETARY_STUDIO,
        organizationId: committee.id, neighborhoodId: null, floorArea: (random.int(2000, 6000) / 100).toFixed(2), openingHours: '周一至周五 8:30-17:30',
        districtId: committee.districtId, streetId: committee.streetId, communityId: committee.communityId,
      }),
    );
  }

  const stationTarget = plan.targets?.serviceStations;
  if (stationTarget !== undefined) {
    // A full profile's stations: that many of the branches' own, spread, then studios if the branches have too few.
    const kept = stationTarget <= branchStations ? spreadTarget(stations.slice(0, branchStations), stationTarget, 'stations') : stations.slice(0, stationTarget);
    if (kept.length !== stationTarget) throw new Error(`the plan has ${stations.length} stations, fewer than ${stationTarget}`);
    stations.splice(0, stations.length, ...kept);
  }

  const places: RegisteredPlace[] = [
    ...plan.streets.map((street) => ({ id: street.id, level: RegisteredPlaceLevel.STREET, districtId: street.districtId, streetId: street.id, communityId: null, neighborhoodId: null, buildingId: null })),
    ...plan.communities.map((community) => ({ id: community.id, level: RegisteredPlaceLevel.COMMUNITY, districtId: community.districtId, streetId: community.streetId, communityId: community.id, neighborhoodId: null, buildingId: null })),
    ...plan.neighborhoods.map((place) => ({ id: place.id, level: RegisteredPlaceLevel.NEIGHBORHOOD, districtId: place.districtId, streetId: place.streetId, communityId: place.communityId, neighborhoodId: place.id, buildingId: null })),
    ...plan.buildings.map((place) => ({ id: place.id, level: RegisteredPlaceLevel.BUILDING, districtId: place.districtId, streetId: place.streetId, communityId: place.communityId, neighborhoodId: place.neighborhoodId, buildingId: place.id })),
    ...plan.units.map((place) => ({ id: place.id, level: RegisteredPlaceLevel.UNIT, districtId: place.districtId, streetId: place.streetId, communityId: place.communityId, neighborhoodId: place.neighborhoodId, buildingId: place.buildingId })),
  ];
  return { places, organizations, members, posts, households, reportIns, ratings, stations, ...planGovernanceData(plan, organizations) };
}

/** `count` of `items`, spread evenly; throws when there are fewer (a full profile's target must be met exactly). */
function spreadTarget<T>(items: readonly T[], count: number, what: string): T[] {
  if (items.length < count) throw new Error(`the plan gives ${items.length} candidates for ${count} ${what}`);
  return spreadIndices(items.length, count).map((index) => items[index]);
}

/**
 * Where the plan fixes the committees' party share: the committee members to make party members, by neighborhood,
 * and the other committee members, never drawn as members. Both empty otherwise.
 */
function committeeStanding(plan: DistrictPlan): { partySeats: Map<string, string[]>; excluded: Set<string> } {
  const partySeats = new Map<string, string[]>();
  const excluded = new Set<string>();
  if (!plan.committeePartyMemberIds) return { partySeats, excluded };
  const seats = new Set(plan.committeePartyMemberIds);
  for (const committee of plan.ownersCommittees) {
    for (const personId of committee.memberIds ?? []) {
      if (seats.has(personId)) partySeats.set(committee.neighborhoodId, [...(partySeats.get(committee.neighborhoodId) ?? []), personId]);
      else excluded.add(personId);
    }
  }
  return { partySeats, excluded };
}

/**
 * A full profile's branch committee sizes (支部委员会: secretary, deputy, members) adding up to its target: as even as
 * the branches' formal members allow, at least the secretary each. Null without that target.
 */
function targetBranchCommitteeSizes(plan: DistrictPlan, organizations: PartyOrganization[], members: PartyMember[]): Map<string, number> | null {
  const target = plan.targets?.branchCommitteeMembers;
  if (target === undefined) return null;
  const branches = organizations.filter((row) => row.kind === Kind.NEIGHBORHOOD_BRANCH);
  const formal = new Map<string, number>();
  for (const row of members) if (row.category === PartyMemberCategory.FORMAL) formal.set(row.organizationId, (formal.get(row.organizationId) ?? 0) + 1);
  const capacity = (branch: PartyOrganization) => Math.max(1, Math.min(formal.get(branch.id) ?? 0, 7));
  const sizes = new Map(branches.map((branch) => [branch.id, 1]));
  let left = target - branches.length;
  while (left > 0) {
    const before = left;
    for (const branch of branches) {
      if (left === 0) break;
      if (sizes.get(branch.id)! < capacity(branch)) {
        sizes.set(branch.id, sizes.get(branch.id)! + 1);
        left--;
      }
    }
    if (left === before) throw new Error(`the branches' formal members allow fewer than ${target} branch committee members`);
  }
  return sizes;
}

const DELIBERATION_NOTES: Record<'AGREED' | 'REJECTED', string> = {
  AGREED: '与会各方一致同意，按三议一服务程序推进。',
  REJECTED: '与会各方认为条件尚不成熟，暂不实施。',
};

/**
 * 三方联动 and 交叉任职 of the demo district, exactly as plan.governance lists them (same ids): every cross-appointment,
 * the joint meetings with their participants, and the matters with their deliberations.
 */
function planGovernanceData(plan: DistrictPlan, organizations: PartyOrganization[]): Pick<PartyDemoData, 'matters' | 'meetings' | 'deliberations' | 'crossAppointments'> {
  const { governance } = plan;
  // A generator of its own, so the deliberations' ids do not shift the rest of the party data.
  const random = new SeededRandom(PARTY_SEED + 1);
  const communities = new Map(plan.communities.map((community) => [community.id, community]));
  const neighborhoods = new Map(plan.neighborhoods.map((neighborhood) => [neighborhood.id, neighborhood]));
  const branches = new Map(organizations.map((row) => [row.id, row]));
  const crossAppointments = governance.crossAppointments.map((appointment) => {
    const community = communities.get(appointment.communityId)!;
    const at = new Date(`${appointment.termStart}T00:00:00Z`);
    return make(CrossAppointment, {
      id: appointment.id, createdAt: at, updatedAt: at, personId: appointment.personId, kind: appointment.kind as CrossAppointmentKind,
      homeType: appointment.home.type, homeId: appointment.home.id, hostType: appointment.host.type, hostId: appointment.host.id,
      districtId: community.districtId, streetId: community.streetId, communityId: community.id, neighborhoodId: appointment.neighborhoodId,
      termStart: appointment.termStart, termEnd: appointment.termEnd, endedOn: null,
    });
  });
  const meetings = governance.jointMeetings.map((meeting) => {
    const heldAt = new Date(`${meeting.heldOn}T01:30:00Z`);
    const branch = branches.get(meeting.branchId)!;
    const titles = meeting.matterIds.map((id) => governance.governanceMatters.find((matter) => matter.id === id)!.title);
    return make(JointMeeting, {
      id: meeting.id, createdAt: heldAt, updatedAt: heldAt, neighborhoodId: meeting.neighborhoodId, districtId: meeting.districtId, streetId: meeting.streetId,
      communityId: meeting.communityId, convenedById: meeting.branchId, heldAt, location: `${branch.name.replace(/党支部$/, '')}红帆驿站`,
      minutes: `${branch.name}召集三方联席会议，商议：${titles.join('；')}。`,
      participants: meeting.participants.map((participant) => ({
        personId: participant.personId, capacity: participant.capacity as MeetingCapacity, organization: participant.organization, attended: participant.attended,
      })),
    });
  });
  const heldAt = new Map(meetings.map((meeting) => [meeting.id, meeting.heldAt]));
  const matters: GovernanceMatter[] = [];
  const deliberations: MatterDeliberation[] = [];
  for (const matter of governance.governanceMatters) {
    const proposedAt = new Date(`${matter.proposedOn}T02:00:00Z`);
    const neighborhood = neighborhoods.get(matter.neighborhoodId)!;
    matters.push(
      make(GovernanceMatter, {
        id: matter.id, createdAt: proposedAt, updatedAt: proposedAt, neighborhoodId: matter.neighborhoodId, districtId: matter.districtId, streetId: matter.streetId,
        communityId: matter.communityId, proposedById: matter.branchId, title: matter.title, description: `${neighborhood.name}：${matter.title}，由小区党支部提议，提交三方联席会议商议。`,
        category: matter.category as MatterCategory, needsOwnersDecision: matter.needsOwnersDecision, concernedCompanyId: matter.concernedCompanyId, proposedOn: matter.proposedOn,
      }),
    );
    if (!matter.deliberation) continue;
    const at = heldAt.get(matter.deliberation.meetingId)!;
    deliberations.push(
      make(MatterDeliberation, {
        id: random.uuid(), createdAt: at, updatedAt: at, meetingId: matter.deliberation.meetingId, matterId: matter.id,
        outcome: matter.deliberation.outcome as DeliberationOutcome, note: DELIBERATION_NOTES[matter.deliberation.outcome],
      }),
    );
  }
  return { matters, meetings, deliberations, crossAppointments };
}

/** Writes the party's demo data for a plan, in one transaction. */
export async function seedParty(em: EntityManager, plan: DistrictPlan): Promise<void> {
  const data = planPartyData(plan);
  await em.transactional(async (tx) => {
    for (let start = 0; start < data.places.length; start += 1000) await tx.insertMany(RegisteredPlace, data.places.slice(start, start + 1000));
    // Organisations first (parents before children), then what refers to them; flush writes them in this order.
    tx.persist([...data.organizations, ...data.members, ...data.posts, ...data.households, ...data.reportIns, ...data.ratings, ...data.stations]);
    await tx.flush();
    // 三方联动 and 交叉任职, batched: matters and meetings before the deliberations that refer to both.
    for (const [entity, rows] of [
      [GovernanceMatter, data.matters],
      [JointMeeting, data.meetings],
      [MatterDeliberation, data.deliberations],
      [CrossAppointment, data.crossAppointments],
    ] as const) {
      for (let start = 0; start < rows.length; start += 1000) await tx.insertMany(entity as never, rows.slice(start, start + 1000) as never[]);
    }
    await seedHeads(tx, plan);
    await seedEscalations(tx, plan);
    await seedServiceOrders(tx, plan, data.members);
  });
}
