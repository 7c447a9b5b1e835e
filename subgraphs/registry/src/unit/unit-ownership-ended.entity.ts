import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * An ownership that setUnitOwners ended (产权变更记录): who owned the unit, since when, until when, and who recorded
 * the change. Append-only (database triggers refuse UPDATE, DELETE and TRUNCATE), so a unit's owners over time can be
 * reconstructed even though `unit_ownership` holds only the current ones.
 */
@Entity({ tableName: 'unit_ownership_ended' })
@Index({ properties: ['unitId'] })
export class UnitOwnershipEnded {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'datetime' })
  since!: Date;

  @Property({ type: 'datetime' })
  endedAt!: Date;

  /** The subject of the token that recorded the change. */
  @Property({ type: 'string', length: 200 })
  endedBy!: string;
}
