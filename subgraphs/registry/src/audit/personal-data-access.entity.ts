import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';

/**
 * One unmasked read of someone's personal data (个人信息查阅记录): who read whose data, in which role, which fields,
 * for what stated purpose, in which request. Rows are append-only (database triggers refuse UPDATE, DELETE and
 * TRUNCATE) and hash-chained: each row's hash covers its content and the previous row's hash.
 */
@Entity({ tableName: 'personal_data_access' })
@Index({ properties: ['personId'] })
export class PersonalDataAccess {
  [OptionalProps]?: 'id';

  /** Position in the chain. */
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'datetime' })
  occurredAt!: Date;

  /** The reader's account (token subject). */
  @Property({ type: 'string', length: 200 })
  readerSubject!: string;

  @Property({ type: 'string', length: 30 })
  readerRole!: string;

  @Property({ type: 'uuid', nullable: true })
  readerOrganizationId!: string | null;

  @Property({ type: 'string', length: 100 })
  requestId!: string;

  /** Whose data was read. */
  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'string', length: 200 })
  fields!: string;

  @Property({ type: 'string', length: 200 })
  purpose!: string;

  @Property({ type: 'string', length: 64 })
  previousHash!: string;

  @Property({ type: 'string', length: 64 })
  hash!: string;
}
