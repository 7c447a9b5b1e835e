import DataLoader from 'dataloader';
import type { PlaceScopeLoaders } from '../access/place-scope.loader.js';
import type { UnitLoaders } from '../unit/unit.loader.js';
import { isWithinScope } from '../access/place-scope.js';
import type { Person } from './person.entity.js';

/**
 * Whether each person is in the caller's scope: living in, or owning a unit in, a place the caller may read.
 * Batched: one statement for the ownerships and one for their units, whatever the number of people.
 */
export function createPersonScopeLoader(loaders: Pick<PlaceScopeLoaders, 'scope'> & Pick<UnitLoaders, 'ownershipsOfPerson' | 'unit'>): DataLoader<Person, boolean, string> {
  return new DataLoader<Person, boolean, string>(
    async (people) => {
      const scope = await loaders.scope();
      const ownerships = await loaders.ownershipsOfPerson.loadMany(people.map((person) => person.id));
      const unitIds = ownerships.flatMap((list) => (Array.isArray(list) ? list.map((ownership) => ownership.unitId) : []));
      const units = await loaders.unit.loadMany(unitIds);
      const unitsInScope = new Set<string>();
      for (const unit of units) if (unit && !(unit instanceof Error) && isWithinScope(scope, unit.path())) unitsInScope.add(unit.id);
      return people.map((person, index) => {
        const livesInScope =
          person.districtId !== null &&
          isWithinScope(scope, {
            districtId: person.districtId,
            streetId: person.streetId,
            communityId: person.communityId,
            neighborhoodId: person.residenceNeighborhoodId,
          });
        const owned = ownerships[index];
        return livesInScope || (Array.isArray(owned) && owned.some((ownership) => unitsInScope.has(ownership.unitId)));
      });
    },
    { cacheKeyFn: (person) => person.id },
  );
}
