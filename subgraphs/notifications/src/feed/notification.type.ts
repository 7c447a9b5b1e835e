import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';

/** An event of the graph as the feed and webhooks carry it (事件通知): ids, type, time and place; no personal data. */
@ObjectType({ description: 'An event of the graph (事件通知): what changed, when (server time), where, and which record; never personal data.' })
export class Notification {
  @Field(() => ID, { description: 'Event id (事件标识): the same in the feed and as the webhook-id of its deliveries; de-duplicate by it.' })
  id!: string;

  @Field(() => String, { description: 'Event type (事件类型), e.g. governance.matter.proposed; see `notificationEventTypes`.' })
  type!: string;

  @Field(() => String, { description: 'The subgraph that recorded it (来源).' })
  source!: string;

  @Field(() => Date, { description: "When the change was committed, by the server's clock (发生时间)." })
  occurredAt!: Date;

  @Field(() => ID, { description: 'District of the place (区/县).' })
  districtId!: string;

  @Field(() => ID, { nullable: true, description: 'Street of the place (街道).' })
  streetId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Community of the place (社区).' })
  communityId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Neighborhood of the place (小区).' })
  neighborhoodId!: string | null;

  @Field(() => String, { description: 'Type of the record that changed (记录类型), e.g. GovernanceMatter, Resolution.' })
  recordType!: string;

  @Field(() => ID, { description: 'Id of the record that changed (记录标识); read it through the graph.' })
  recordId!: string;

  @Field(() => ID, { nullable: true, description: 'The governance matter the record belongs to, if any (议事事项).' })
  matterId!: string | null;

  @Field(() => String, { nullable: true, description: 'A short code for what happened (详情): an outcome, an action, a score.' })
  detail!: string | null;
}

@ObjectType('NotificationConnection', { description: 'A page of events, oldest first (事件列表).' })
export class NotificationConnection extends Connection(Notification) {}

@ObjectType({ description: 'An event type you may receive (可订阅的事件类型).' })
export class NotificationEventType {
  @Field(() => String, { description: 'Its name (名称), as in `Notification.type`.' })
  name!: string;

  @Field(() => String, { description: 'What it means (含义).' })
  description!: string;
}
