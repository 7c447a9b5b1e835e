import { Field, ObjectType } from 'type-graphql';
import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import type { PlaceGrant } from '../../../platform/access/caller.js';
import type { Role } from '../../../platform/access/role.js';

/**
 * A webhook subscription (事件订阅) registered by an organisation or an area office: where to send which event types,
 * for which of its places. Its secret is kept sealed (AES-256-GCM under WEBHOOK_SECRET_KEY) and shown only once.
 */
@ObjectType({ description: 'A webhook subscription (事件订阅): events of the chosen types in your places are POSTed, signed, to its URL.' })
@Entity({ tableName: 'webhook_subscription' })
export class WebhookSubscription extends VersionedRecord<'endedAt' | 'description'> {
  @Property({ type: 'text' })
  ownerRole!: Role;

  @Property({ type: 'uuid', nullable: true })
  ownerOrganizationId!: string | null;

  @Property({ type: 'text' })
  ownerSubject!: string;

  /** The places it covers: the owner's grant at registration, or the part of it the owner chose. */
  @Property({ type: 'json' })
  scope!: PlaceGrant;

  @Field(() => [String], { description: 'Event types it receives (订阅的事件类型); see `notificationEventTypes`.' })
  @Property({ type: 'json' })
  eventTypes!: string[];

  @Field(() => String, { description: 'Where events are POSTed (接收地址).' })
  @Property({ type: 'text' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'What it is for, as its owner described it (说明).' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Property({ type: 'text', lazy: true })
  secretSealed!: string;

  @Field(() => Date, { nullable: true, description: 'When it was ended (停用时间); nothing is sent after that.' })
  @Property({ type: 'datetime', nullable: true })
  endedAt: Date | null = null;
}
