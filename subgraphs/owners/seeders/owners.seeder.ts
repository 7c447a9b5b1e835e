import type { EntityManager } from '@mikro-orm/postgresql';
import type { DistrictPlan } from '../../../infra/demo/district-plan.js';
import { SeededRandom } from '../../../infra/demo/random.js';
import { OwnersCommittee } from '../src/committee/owners-committee.entity.js';
import { CommitteeMember } from '../src/committee/committee-member.entity.js';
import { CommitteeRole } from '../src/owners-enums.js';

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

/** Writes the demo committees and their members in one transaction. */
export async function seedOwners(em: EntityManager, plan: DistrictPlan): Promise<void> {
  const committees = planOwnersCommittees(plan).filter((committee) => committee.members.length >= 5);
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
  });
}
