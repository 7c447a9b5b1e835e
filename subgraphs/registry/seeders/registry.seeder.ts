import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { DistrictPlan } from '../../../infra/demo/district-plan.js';
import { District } from '../src/district/district.entity.js';
import { Street } from '../src/street/street.entity.js';
import { Community } from '../src/community/community.entity.js';
import { Neighborhood } from '../src/neighborhood/neighborhood.entity.js';
import { NeighborhoodKind } from '../src/neighborhood/neighborhood-kind.js';
import { Building } from '../src/building/building.entity.js';
import { Unit } from '../src/unit/unit.entity.js';
import { UnitUse } from '../src/unit/unit-use.js';
import { UnitOwnership } from '../src/unit/unit-ownership.entity.js';
import { Person } from '../src/person/person.entity.js';
import { hashIdNumber } from '../src/person/id-number.js';

const BATCH = 1000;

async function insertInBatches<T extends object>(
  em: EntityManager,
  entity: new () => T,
  rows: Partial<T>[],
  progress?: (message: string) => void,
): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    await em.insertMany(entity, rows.slice(start, start + BATCH) as T[]);
    if (rows.length > 10 * BATCH && (start / BATCH) % 20 === 19) progress?.(`  ${entity.name}: ${start + BATCH} of ${rows.length}`);
  }
  if (rows.length > 10 * BATCH) progress?.(`  ${entity.name}: ${rows.length} of ${rows.length}`);
}

/** Writes a district plan's places and people into the registry, in one transaction, with batched inserts. */
export async function seedRegistry(em: EntityManager, plan: DistrictPlan, idNumberKey: string, progress?: (message: string) => void): Promise<void> {
  const now = new Date();
  const stamps = { createdAt: now, updatedAt: now, version: 1 };
  await em.transactional(async (tx) => {
    await insertInBatches(tx, District, [{ ...plan.district, ...stamps }]);
    await insertInBatches(tx, Street, plan.streets.map((street) => ({ ...street, ...stamps })));
    await insertInBatches(tx, Community, plan.communities.map((community) => ({ ...community, ...stamps })));
    await insertInBatches(
      tx,
      Neighborhood,
      plan.neighborhoods.map((neighborhood) => ({ ...neighborhood, kind: neighborhood.kind as NeighborhoodKind, ...stamps })),
    );
    await insertInBatches(tx, Building, plan.buildings.map((building) => ({ ...building, ...stamps })));
    await insertInBatches(
      tx,
      Person,
      plan.persons.map(({ idNumber, ...person }) => ({
        ...person,
        idNumberHash: hashIdNumber(idNumber, idNumberKey),
        idNumberTail: idNumber.slice(-4),
        ...stamps,
      })),
      progress,
    );
    await insertInBatches(
      tx,
      Unit,
      plan.units.map(({ ownerIds: _owners, ...unit }) => ({ ...unit, use: unit.use as UnitUse, ...stamps })),
      progress,
    );
    await insertInBatches(
      tx,
      UnitOwnership,
      plan.units.flatMap((unit) => unit.ownerIds.map((personId) => ({ id: randomUUID(), unitId: unit.id, personId, since: now }))),
      progress,
    );
  });
}
