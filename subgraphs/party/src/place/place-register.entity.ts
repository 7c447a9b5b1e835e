import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { registerEnumType } from 'type-graphql';

export enum RegisteredPlaceLevel {
  STREET = 'STREET',
  COMMUNITY = 'COMMUNITY',
  NEIGHBORHOOD = 'NEIGHBORHOOD',
  BUILDING = 'BUILDING',
  UNIT = 'UNIT',
}

registerEnumType(RegisteredPlaceLevel, {
  name: 'PartyRegisteredPlaceLevel',
  description: 'Level of a place in the party register (党建覆盖台账).',
  valuesConfig: {
    STREET: { description: 'Street (街道).' },
    COMMUNITY: { description: 'Community (社区).' },
    NEIGHBORHOOD: { description: 'Neighborhood (小区).' },
    BUILDING: { description: 'Building (楼栋).' },
    UNIT: { description: 'Household / exclusive unit (户).' },
  },
});

/**
 * The party's register of the places it organises (党建覆盖台账): ids only, with the ids of the places containing
 * each. It lets the party check "is this building in that branch's neighborhood?" and answer coverage questions
 * without calling the registry. Loaded from the district plan; not exposed as a type.
 */
@Entity({ tableName: 'place_register' })
@Index({ properties: ['level', 'communityId'] })
@Index({ properties: ['level', 'streetId'] })
@Index({ properties: ['neighborhoodId'] })
export class RegisteredPlace {
  /** The registry's id of the place. */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Enum({ items: () => RegisteredPlaceLevel, nativeEnumName: 'registered_place_level' })
  level!: RegisteredPlaceLevel;

  @Property({ type: 'uuid' })
  districtId!: string;

  @Property({ type: 'uuid' })
  streetId!: string;

  @Property({ type: 'uuid', nullable: true })
  communityId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  neighborhoodId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  buildingId: string | null = null;
}
