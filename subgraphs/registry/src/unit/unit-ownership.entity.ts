import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Unit } from './unit.entity.js';
import { Person } from '../person/person.entity.js';

/** Who owns a unit (产权人): one row per owner of a unit; co-owners give several rows. */
@Entity({ tableName: 'unit_ownership' })
@Unique({ properties: ['unitId', 'personId'] })
@Index({ properties: ['personId'] })
export class UnitOwnership {
  [OptionalProps]?: 'id' | 'since';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Unit, { mapToPk: true, fieldName: 'unit_id', deleteRule: 'cascade' })
  unitId!: string;

  @ManyToOne(() => Person, { mapToPk: true, fieldName: 'person_id', deleteRule: 'restrict' })
  personId!: string;

  @Property({ type: 'datetime' })
  since: Date = new Date();
}
