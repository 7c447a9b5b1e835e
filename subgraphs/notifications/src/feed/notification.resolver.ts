import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../platform/context/request-context.js';
import { DEFAULT_PAGE_SIZE, PageArgs } from '../../../platform/pagination/connection.js';
import { EVENT_TYPES, type EventType } from '../../../platform/events/event-types.js';
import { eventTypesFor, receiverOf } from '../access/notifications-access.js';
import { readFeed } from './notification-feed.js';
import { Notification, NotificationConnection, NotificationEventType } from './notification.type.js';

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, {
    description:
      'The events you may see, oldest first (事件订阅源), for apps that cannot receive webhooks: pass the last pageInfo.endCursor as `after` ' +
      'to get only newer ones (it stays the same while nothing new arrived). Areas see every type in their area, organisations the types ' +
      'about their places (see notificationEventTypes), residents none.',
  })
  notifications(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    return readFeed(ctx.em, receiverOf(ctx.caller), page.after, page.first ?? DEFAULT_PAGE_SIZE);
  }

  @Query(() => [NotificationEventType], { description: 'The event types your role may receive (可订阅的事件类型).' })
  notificationEventTypes(@Ctx() ctx: RequestContext): NotificationEventType[] {
    return eventTypesFor(ctx.caller).map((name) => ({ name, description: EVENT_TYPES[name as EventType].description }));
  }
}
