import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * One change of a person's phone number (联系电话变更记录): the number before and after, when (server clock), and
 * who changed it — the person themself (correctMyPhone) or an office (updatePerson). Append-only (database triggers
 * refuse UPDATE, DELETE and TRUNCATE); not exposed in the graph.
 */
@Entity({ tableName: 'person_phone_change' })
@Index({ properties: ['personId'] })
export class PersonPhoneChange {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'string', length: 20, nullable: true })
  previousPhone!: string | null;

  /** The new number; null when an office removed it. */
  @Property({ type: 'string', length: 20, nullable: true })
  phone!: string | null;

  @Property({ type: 'datetime' })
  changedAt!: Date;

  /** The subject of the token that made the change. */
  @Property({ type: 'string', length: 200 })
  changedBy!: string;

  @Property({ type: 'string', length: 30 })
  changedByRole!: string;
}
