import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../platform/context/request-context.js';
import { badUserInput } from '../../../platform/errors/error-codes.js';
import type { NotificationsConfig } from '../notifications-config.js';
import { DELIVERY_COLUMNS, DeliveryStatus, WebhookDelivery, deliveryOf, type DeliveryRow } from '../delivery/webhook-delivery.type.js';
import { WebhookSubscription } from './webhook-subscription.entity.js';
import { CreateWebhookSubscriptionInput } from './webhook-subscription.input.js';
import { newSubscriberSecret, sealSecret } from './secret-box.js';
import { webhookUrlProblem } from './webhook-url.js';
import { loadOwnSubscription, ownerWhere, requireReceivableTypes, requireSubscriber, subscriptionOwnerOf, subscriptionScope } from './webhook-subscription.access.js';
import { CreatedWebhookSubscription, WebhookScope } from './webhook-subscription.type.js';

@Resolver(() => WebhookSubscription)
export class WebhookSubscriptionResolver {
  constructor(private readonly config: NotificationsConfig) {}

  @Query(() => [WebhookSubscription], { description: 'Your webhook subscriptions (我的事件订阅), newest first, ended ones included.' })
  webhookSubscriptions(@Ctx() ctx: RequestContext): Promise<WebhookSubscription[]> {
    return ctx.em.find(WebhookSubscription, ownerWhere(ctx.caller), { orderBy: { createdAt: 'desc', id: 'asc' }, limit: 200 });
  }

  @Query(() => WebhookSubscription, { description: 'One of your webhook subscriptions.' })
  webhookSubscription(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: RequestContext): Promise<WebhookSubscription> {
    return loadOwnSubscription(ctx, id);
  }

  @FieldResolver(() => WebhookScope, { description: 'The places it covers (订阅范围).' })
  scope(@Root() subscription: WebhookSubscription): WebhookScope {
    const { districtIds, streetIds, communityIds, neighborhoodIds } = subscription.scope;
    return { districtIds: [...districtIds], streetIds: [...streetIds], communityIds: [...communityIds], neighborhoodIds: [...neighborhoodIds] };
  }

  @FieldResolver(() => [WebhookDelivery], { description: 'Its latest deliveries (投递记录), newest event first.' })
  async deliveries(
    @Root() subscription: WebhookSubscription,
    @Arg('status', () => DeliveryStatus, { nullable: true, description: 'Only deliveries with this status.' }) status: DeliveryStatus | undefined,
    @Arg('first', () => Int, { nullable: true, description: 'How many, 1 to 100, default 20.' }) first: number | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookDelivery[]> {
    const limit = first ?? 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw badUserInput('first must be from 1 to 100.', { field: 'first' });
    const rows = await ctx.em.execute<DeliveryRow[]>(
      `select ${DELIVERY_COLUMNS} from notifications.webhook_delivery d join notifications.notification_event e on e.id = d.event_id
        where d.subscription_id = ? ${status ? 'and d.status = ?' : ''} order by d.event_seq desc limit ?`,
      [subscription.id, ...(status ? [status] : []), limit],
    );
    return rows.map(deliveryOf);
  }

  @Mutation(() => CreatedWebhookSubscription, {
    description:
      'Registers a webhook (注册事件订阅): events of the chosen types in your places (or the part of them you list) are POSTed to the URL, signed ' +
      'in the Standard Webhooks form, retried with exponential backoff and dead-lettered after the last attempt. Organisations and area offices.',
  })
  async createWebhookSubscription(
    @Arg('input', () => CreateWebhookSubscriptionInput, { description: 'Where, which types, which places.' }) input: CreateWebhookSubscriptionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CreatedWebhookSubscription> {
    requireSubscriber(ctx.caller);
    const problem = webhookUrlProblem(input.url.trim(), this.config.allowLoopback);
    if (problem) throw badUserInput(problem, { field: 'url' });
    requireReceivableTypes(ctx, input.eventTypes);
    const scope = subscriptionScope(ctx.caller, input);
    const secret = newSubscriberSecret();
    const subscription = ctx.em.create(WebhookSubscription, {
      ...subscriptionOwnerOf(ctx.caller),
      scope,
      eventTypes: [...new Set(input.eventTypes)],
      url: input.url.trim(),
      description: input.description?.trim() || null,
      secretSealed: sealSecret(secret, this.config.secretKey),
    });
    await ctx.em.flush();
    return { subscription, secret };
  }

  @Mutation(() => WebhookSubscription, { description: 'Ends one of your subscriptions (停用订阅): nothing more is sent; its deliveries stay readable.' })
  async endWebhookSubscription(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: RequestContext): Promise<WebhookSubscription> {
    const subscription = await loadOwnSubscription(ctx, id);
    subscription.endedAt ??= new Date();
    await ctx.em.flush();
    return subscription;
  }
}
