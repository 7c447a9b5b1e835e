import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../platform/context/request-context.js';
import { conflict } from '../../../platform/errors/error-codes.js';
import { loadOwnSubscription } from '../subscription/webhook-subscription.access.js';
import { ReplayWebhookDeliveriesInput } from '../subscription/webhook-subscription.input.js';
import { DELIVERY_COLUMNS, WebhookDelivery, deliveryOf, type DeliveryRow } from './webhook-delivery.type.js';
import { placeholders } from '../../../platform/orm/sql-placeholders.js';

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @Mutation(() => [WebhookDelivery], {
    description:
      'Sends events of your subscription again (重新投递): dead-lettered or delivered, they are queued at once with fresh attempts; events it ' +
      'never had are left out. Your own subscriptions, while active.',
  })
  async replayWebhookDeliveries(
    @Arg('input', () => ReplayWebhookDeliveriesInput, { description: 'Which subscription and events.' }) input: ReplayWebhookDeliveriesInput,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookDelivery[]> {
    const subscription = await loadOwnSubscription(ctx, input.subscriptionId, 'subscriptionId');
    if (subscription.endedAt) throw conflict('This subscription has ended: register a new one to receive events again.');
    const eventIds = [...new Set(input.eventIds.map((id) => id.toLowerCase()))];
    await ctx.em.execute(
      `update notifications.webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = now(), delivered_at = null
        where subscription_id = ? and status <> 'PENDING' and event_id in (${placeholders(eventIds)})`,
      [subscription.id, ...eventIds],
    );
    const rows = await ctx.em.execute<DeliveryRow[]>(
      `select ${DELIVERY_COLUMNS} from notifications.webhook_delivery d join notifications.notification_event e on e.id = d.event_id
        where d.subscription_id = ? and d.event_id in (${placeholders(eventIds)}) order by d.event_seq`,
      [subscription.id, ...eventIds],
    );
    return rows.map(deliveryOf);
  }
}
