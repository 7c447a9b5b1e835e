import { FieldResolver, Resolver, Root } from 'type-graphql';
import { ElectorateSnapshot } from './electorate-snapshot.entity.js';
import { OwnersElectorateUnit } from './electorate.type.js';

@Resolver(() => ElectorateSnapshot)
export class ElectorateUnitsResolver {
  @FieldResolver(() => [OwnersElectorateUnit], { description: 'Every unit counted, by unit id.' })
  units(@Root() snapshot: ElectorateSnapshot): OwnersElectorateUnit[] {
    return snapshot.units.map((unit) => ({
      unit: { id: unit.unitId },
      area: unit.area,
      developerHeld: unit.developerHeld,
      owners: unit.ownerIds.map((id) => ({ id })),
    }));
  }
}
