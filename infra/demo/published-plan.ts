import type { PlanTargets } from './profiles.js';
import type { SeededRandom } from './random.js';
import type { DistrictPlan } from './district-plan.js';

/**
 * How a full profile's plan reaches its targets exactly (profiles.ts `targets`). Each function replaces one
 * range-drawn step of createDistrictPlan; the small test district never comes here.
 */

/** `count` of `length` indices spread evenly (0, n/count, 2n/count, …), so picks cover every street. */
export function spreadIndices(length: number, count: number): number[] {
  if (count > length) throw new Error(`cannot pick ${count} of ${length}`);
  return Array.from({ length: count }, (_, index) => Math.floor((index * length) / count));
}

export function spread<T>(items: readonly T[], count: number): T[] {
  return spreadIndices(items.length, count).map((index) => items[index]);
}

/** Companies (or projects) each serving a run of consecutive closed neighborhoods, at least one each; `withPartyOrganization` of them spread. */
export function planTargetCompanies(plan: DistrictPlan, names: readonly string[], targets: NonNullable<PlanTargets['propertyCompanies']>, random: SeededRandom): void {
  const served = plan.neighborhoods.filter((neighborhood) => neighborhood.kind === 'CLOSED');
  const count = Math.min(targets.count, names.length);
  if (served.length < count) throw new Error(`${count} companies need ${count} closed neighborhoods; the plan has ${served.length}`);
  const red = new Set(spreadIndices(count, targets.withPartyOrganization));
  for (let index = 0; index < count; index++) {
    const neighborhoodIds = served.slice(Math.floor((index * served.length) / count), Math.floor(((index + 1) * served.length) / count)).map((neighborhood) => neighborhood.id);
    plan.propertyCompanies.push({ id: random.uuid(), name: names[index], neighborhoodIds, partyOrganizationId: null });
  }
  plan.propertyCompanies.forEach((company, index) => {
    company.partyOrganizationId = red.has(index) ? random.uuid() : null;
  });
}

/**
 * Exactly `target` neighborhood branches: every neighborhood its own (single) branch, except that the smallest
 * neighborhoods of a community share one joint branch (联合党支部), taken community by community in turn.
 */
export function planTargetBranches(plan: DistrictPlan, target: number, random: SeededRandom): void {
  let excess = plan.neighborhoods.length - target;
  if (excess < 0) throw new Error(`${target} branches need ${target} neighborhoods; the plan has ${plan.neighborhoods.length}`);
  const unitCounts = new Map<string, number>();
  for (const unit of plan.units) unitCounts.set(unit.neighborhoodId, (unitCounts.get(unit.neighborhoodId) ?? 0) + 1);
  // The demo tokens' neighborhood (the first company's first) keeps a branch of its own.
  const demoNeighborhood = plan.propertyCompanies[0]?.neighborhoodIds[0];
  const bySize = new Map(
    plan.communities.map((community) => [
      community.id,
      plan.neighborhoods.filter((neighborhood) => neighborhood.communityId === community.id && neighborhood.id !== demoNeighborhood).sort((a, b) => (unitCounts.get(a.id) ?? 0) - (unitCounts.get(b.id) ?? 0)),
    ]),
  );
  const joint = new Map<string, string[]>(plan.communities.map((community) => [community.id, []]));
  for (let turn = 0; excess > 0; turn++) {
    const community = plan.communities[turn % plan.communities.length];
    const members = joint.get(community.id)!;
    const candidates = bySize.get(community.id)!;
    const take = members.length ? 1 : 2;
    // Leave each community at least one single branch.
    if (members.length + take >= candidates.length) {
      if (turn > 10 * plan.communities.length) throw new Error(`cannot merge the plan's neighborhoods into ${target} branches`);
      continue;
    }
    members.push(...candidates.slice(members.length, members.length + take).map((neighborhood) => neighborhood.id));
    excess--;
  }
  for (const community of plan.communities) {
    const members = joint.get(community.id)!;
    for (const neighborhood of plan.neighborhoods.filter((candidate) => candidate.communityId === community.id && !members.includes(candidate.id))) {
      plan.partyBranches.push({ id: random.uuid(), name: `${neighborhood.name}党支部`, kind: 'SINGLE', communityId: community.id, neighborhoodIds: [neighborhood.id] });
    }
    if (members.length) {
      const ordered = plan.neighborhoods.filter((neighborhood) => members.includes(neighborhood.id)).map((neighborhood) => neighborhood.id);
      plan.partyBranches.push({ id: random.uuid(), name: `${community.name.replace(/社区$/, '')}联合党支部`, kind: 'JOINT', communityId: community.id, neighborhoodIds: ordered });
    }
  }
}

/** Committees in exactly `percent`% (rounded) of the closed neighborhoods, spread over the district. */
export function planTargetCommittees(plan: DistrictPlan, percent: number, random: SeededRandom): void {
  const closed = plan.neighborhoods.filter((neighborhood) => neighborhood.kind === 'CLOSED');
  for (const neighborhood of spread(closed, Math.round((closed.length * percent) / 100))) plan.ownersCommittees.push({ id: random.uuid(), neighborhoodId: neighborhood.id });
}

/**
 * Every committee's members (director, deputy, members: 5, 7 or 9 owners, the governance plan's required members
 * among them) and which of them are party members: `percent`% (rounded) of all, the required members first (they
 * sit on branch committees), the rest spread. The party seeder makes exactly these committee members party members.
 */
export function planTargetCommitteeMembers(plan: DistrictPlan, percent: number, random: SeededRandom): void {
  // Each neighborhood's owners in the order their units list them (a Set keeps that order, and is not quadratic).
  const ownerSets = new Map<string, Set<string>>();
  for (const unit of plan.units) {
    let set = ownerSets.get(unit.neighborhoodId);
    if (!set) ownerSets.set(unit.neighborhoodId, (set = new Set()));
    for (const id of unit.ownerIds) set.add(id);
  }
  const owners = new Map([...ownerSets].map(([neighborhoodId, set]) => [neighborhoodId, [...set]]));
  const required = new Set(plan.governance.requiredCommitteeMembers.map((member) => member.personId));
  const all: string[] = [];
  for (const committee of plan.ownersCommittees) {
    const pool = owners.get(committee.neighborhoodId) ?? [];
    const mustSit = plan.governance.requiredCommitteeMembers.filter((member) => member.committeeId === committee.id).map((member) => member.personId);
    const size = Math.min(random.pick([5, 7, 9]), pool.length % 2 === 0 ? pool.length - 1 : pool.length);
    const drawn: string[] = [];
    while (drawn.length + mustSit.length < size) {
      const candidate = random.pick(pool);
      if (!drawn.includes(candidate) && !mustSit.includes(candidate)) drawn.push(candidate);
    }
    // Required members from the third seat on, as the owners seeder seats them.
    committee.memberIds = [...drawn.slice(0, 2), ...mustSit, ...drawn.slice(2)];
    all.push(...committee.memberIds);
  }
  const partyCount = Math.round((all.length * percent) / 100);
  const first = all.filter((id) => required.has(id)).slice(0, partyCount);
  const rest = all.filter((id) => !required.has(id));
  plan.committeePartyMemberIds = [...first, ...spread(rest, partyCount - first.length)];
}
