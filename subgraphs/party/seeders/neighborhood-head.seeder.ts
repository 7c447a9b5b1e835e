import type { EntityManager } from '@mikro-orm/postgresql';
import type { DistrictPlan } from '../../../infra/demo/district-plan.js';
import { SeededRandom } from '../../../infra/demo/random.js';
import { spreadIndices } from '../../../infra/demo/published-plan.js';
import { NeighborhoodHead } from '../src/heads/neighborhood-head.entity.js';
import { HeadSelection, NeighborhoodHeadKind } from '../src/heads/neighborhood-head-kinds.js';

/** The 三长 seeder's own generator seed. */
export const HEAD_SEED = 3017;

/** The term of every seeded head. */
export const SEEDED_HEAD_TERM = { termStart: '2024-01-01', termEnd: '2028-12-31' } as const;

const SELECTIONS = [HeadSelection.SELF_NOMINATION, HeadSelection.RESIDENT_RECOMMENDATION, HeadSelection.ORGANIZATION_NOMINATION] as const;

/**
 * One building head per building of every neighborhood a branch covers, an entrance head for entrance 1 of every
 * second building, and one grid head per neighborhood, each a resident of that neighborhood.
 */
export function planHeads(plan: DistrictPlan): NeighborhoodHead[] {
  const random = new SeededRandom(HEAD_SEED);
  const branchOf = new Map<string, string>();
  for (const branch of plan.partyBranches) for (const id of branch.neighborhoodIds) branchOf.set(id, branch.id);
  const residents = new Map<string, string[]>();
  for (const person of plan.persons) {
    if (person.residenceNeighborhoodId) residents.set(person.residenceNeighborhoodId, [...(residents.get(person.residenceNeighborhoodId) ?? []), person.id]);
  }
  const heads: NeighborhoodHead[] = [];
  const head = (neighborhood: DistrictPlan['neighborhoods'][number], kind: NeighborhoodHeadKind, place: Partial<NeighborhoodHead>) => {
    const organizationId = branchOf.get(neighborhood.id);
    const people = residents.get(neighborhood.id);
    if (!organizationId || !people?.length) return;
    heads.push(
      Object.assign(new NeighborhoodHead(), {
        kind,
        selection: SELECTIONS[random.int(0, SELECTIONS.length - 1)],
        personId: people[random.int(0, people.length - 1)],
        organizationId,
        neighborhoodId: neighborhood.id,
        ...SEEDED_HEAD_TERM,
        appointedBy: 'demo-seed',
        districtId: neighborhood.districtId,
        streetId: neighborhood.streetId,
        communityId: neighborhood.communityId,
        ...place,
      }),
    );
  };
  const neighborhoods = new Map(plan.neighborhoods.map((neighborhood) => [neighborhood.id, neighborhood]));
  // A full profile gives building heads to exactly its target of buildings, spread over the district.
  const target = plan.targets?.buildingHeads;
  const headed = target === undefined ? null : new Set(spreadIndices(plan.buildings.length, target).map((index) => plan.buildings[index].id));
  plan.buildings.forEach((building, index) => {
    const neighborhood = neighborhoods.get(building.neighborhoodId)!;
    if (!headed || headed.has(building.id)) head(neighborhood, NeighborhoodHeadKind.BUILDING_HEAD, { buildingId: building.id });
    if (index % 2 === 0) head(neighborhood, NeighborhoodHeadKind.ENTRANCE_HEAD, { buildingId: building.id, entranceNumber: 1 });
  });
  for (const neighborhood of plan.neighborhoods) head(neighborhood, NeighborhoodHeadKind.GRID_HEAD, { gridName: '第一网格' });
  const buildingHeads = heads.filter((row) => row.kind === NeighborhoodHeadKind.BUILDING_HEAD).length;
  if (target !== undefined && buildingHeads !== target) throw new Error(`the plan gives ${buildingHeads} building heads, not ${target}`);
  return heads;
}

export async function seedHeads(em: EntityManager, plan: DistrictPlan): Promise<void> {
  const heads = planHeads(plan);
  for (let start = 0; start < heads.length; start += 1000) await em.insertMany(NeighborhoodHead, heads.slice(start, start + 1000));
}
