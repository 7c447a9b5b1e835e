import type { EntityManager } from '@mikro-orm/postgresql';
import type { DistrictPlan } from '../../../infra/demo/district-plan.js';
import { JointBuildingUnit } from '../src/unit/joint-building-unit.entity.js';
import { JointUnitKind } from '../src/unit/joint-unit-kind.js';
import { UnitPost } from '../src/unit/unit-post.entity.js';
import { UnitReportIn } from '../src/unit/unit-report-in.entity.js';
import { Pairing } from '../src/pairing/pairing.entity.js';
import { Need } from '../src/lists/need.entity.js';
import { Resource } from '../src/lists/resource.entity.js';
import { CoBuildingProject } from '../src/project/project.entity.js';
import { MicroWish } from '../src/wish/micro-wish.entity.js';
import { VolunteerActivity } from '../src/volunteer/volunteer-activity.entity.js';
import { VolunteerParticipation } from '../src/volunteer/volunteer-participation.entity.js';
import { planCobuilding } from './cobuilding-plan.js';

/** Writes the cobuilding part of a demo district in one transaction, with one insert per table. */
export async function seedCobuilding(em: EntityManager, plan: DistrictPlan): Promise<void> {
  const demo = planCobuilding(plan);
  await em.transactional(async (tx) => {
    const insert = async <T extends object>(entity: new () => T, rows: object[]) => {
      if (rows.length) await tx.insertMany(entity, rows as T[]);
    };
    await insert(JointBuildingUnit, demo.units.map((unit) => ({ ...unit, kind: unit.kind as JointUnitKind })));
    await insert(Pairing, demo.pairings);
    await insert(UnitReportIn, demo.reportIns);
    await insert(UnitPost, demo.posts);
    await insert(Resource, demo.resources);
    await insert(Need, demo.needs);
    await insert(CoBuildingProject, demo.projects);
    await insert(MicroWish, demo.wishes);
    await insert(VolunteerActivity, demo.activities);
    await insert(VolunteerParticipation, demo.participations);
  });
}
