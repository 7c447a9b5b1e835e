import { Field, Int, ObjectType } from 'type-graphql';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Role } from '../../../platform/access/role.type.js';
import { ServiceRequest } from './service-request.entity.js';
import { ServiceRequestAction, ServiceRequestStatus } from './request-kinds.js';

/** One step of a request's history: who did what, when. Append-only (the database refuses updates and deletes). */
@ObjectType({ description: 'A step in the handling of a request (办理记录): who, what and when.' })
@Entity({ tableName: 'service_request_step' })
@Index({ properties: ['requestId', 'at'] })
export class ServiceRequestStep {
  [OptionalProps]?: 'id' | 'at' | 'fromStatus' | 'actorPersonId' | 'actorOrganizationId' | 'note' | 'satisfaction' | 'assigneePostId';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ServiceRequest, { mapToPk: true, fieldName: 'request_id', deleteRule: 'restrict' })
  requestId!: string;

  @Field(() => ServiceRequestAction, { description: 'The step taken (环节).' })
  @Enum({ items: () => ServiceRequestAction, nativeEnumName: 'service_request_action' })
  action!: ServiceRequestAction;

  @Field(() => ServiceRequestStatus, { nullable: true, description: 'State before the step; null for the submission.' })
  @Enum({ items: () => ServiceRequestStatus, nativeEnumName: 'service_request_status', nullable: true })
  fromStatus: ServiceRequestStatus | null = null;

  @Field(() => ServiceRequestStatus, { description: 'State after the step.' })
  @Enum({ items: () => ServiceRequestStatus, nativeEnumName: 'service_request_status' })
  toStatus!: ServiceRequestStatus;

  @Field(() => Role, { description: 'Role of whoever took the step (操作人角色).' })
  @Enum({ items: () => Role, nativeEnumName: 'actor_role' })
  actorRole!: Role;

  /** The registry person who took the step, when the token named one. */
  @Property({ type: 'uuid', nullable: true })
  actorPersonId: string | null = null;

  @Field(() => String, { nullable: true, description: 'Id of the organisation the actor acted for (e.g. the company), if any.' })
  @Property({ type: 'uuid', nullable: true })
  actorOrganizationId: string | null = null;

  /** The account (token subject) that took the step, for audit. */
  @Property({ type: 'string', length: 200 })
  actorSubject!: string;

  @Field(() => Date, { description: 'When (时间).' })
  @Property({ type: 'datetime' })
  at: Date = new Date();

  @Field(() => String, { nullable: true, description: 'Reply, reason or remark given with the step (说明).' })
  @Property({ type: 'string', length: 1000, nullable: true })
  note: string | null = null;

  /** For an ASSIGN step: the staff post it was assigned to. */
  @Property({ type: 'uuid', nullable: true })
  assigneePostId: string | null = null;

  @Field(() => Int, { nullable: true, description: 'Satisfaction given with an evaluation, 1–5.' })
  @Property({ type: 'smallint', nullable: true })
  satisfaction: number | null = null;
}
