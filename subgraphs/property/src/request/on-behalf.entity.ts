import { Field, ObjectType } from 'type-graphql';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { ServiceRequest } from './service-request.entity.js';
import { randomUUID } from 'node:crypto';

/**
 * How a request entered by a 三长 head on a resident's behalf (代办) came in: who entered it, for whom, for which
 * building, under which of party's head statements. Append-only (the database refuses updates, deletes and
 * truncation): the record of who acted for whom never changes.
 */
@ObjectType({ description: "How a head (三长) entered a resident's request on their behalf (代办记录)." })
@Entity({ tableName: 'service_request_on_behalf' })
@Index({ properties: ['headPersonId', 'enteredAt'] })
export class ServiceRequestOnBehalf {
  [OptionalProps]?: 'id' | 'buildingId' | 'enteredAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ServiceRequest, { mapToPk: true, fieldName: 'request_id', deleteRule: 'restrict' })
  @Unique()
  requestId!: string;

  /** The head who entered it (registry person), as party's statement names them. */
  @Property({ type: 'uuid' })
  headPersonId!: string;

  /** The resident it is for (registry person), as the head gave it. */
  @Property({ type: 'uuid' })
  residentPersonId!: string;

  /** The building it concerns, inside the head's coverage; null when a grid head entered it for the neighborhood. */
  @Property({ type: 'uuid', nullable: true })
  buildingId: string | null = null;

  /** The id of party's head statement it was entered under (for audit). */
  @Property({ type: 'uuid' })
  certificateId!: string;

  @Field(() => Date, { description: 'When it was entered (代办时间), by the server clock.' })
  @Property({ type: 'datetime' })
  enteredAt: Date = new Date();
}
