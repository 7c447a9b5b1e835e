import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../platform/context/request-context.js';
import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';
import type { NotificationsConfig } from '../notifications-config.js';
import { WebhookSubscription } from './webhook-subscription.entity.js';
import { UpdateWebhookSubscriptionInput } from './webhook-subscription.input.js';
import { loadOwnSubscription, narrowedScope, requireReceivableTypes } from './webhook-subscription.access.js';
import { CreatedWebhookSubscription } from './webhook-subscription.type.js';
import { newSubscriberSecret, sealSecret } from './secret-box.js';
import { webhookUrlProblem } from './webhook-url.js';

/** Correcting a subscription and rotating its secret; its history of deliveries stays as it was. */
@Resolver(() => WebhookSubscription)
export class WebhookSubscriptionChangeResolver {
  constructor(private readonly config: NotificationsConfig) {}

  private async loadActive(ctx: RequestContext, id: string, expectedVersion?: number): Promise<WebhookSubscription> {
    const subscription = await loadOwnSubscription(ctx, id);
    if (subscription.endedAt) throw conflict('This subscription has ended: register a new one.');
    if (expectedVersion !== undefined && subscription.version !== expectedVersion) {
      throw conflict(`This subscription changed since you read it (version ${subscription.version}): read it again and retry.`);
    }
    return subscription;
  }

  @Mutation(() => WebhookSubscription, {
    description:
      'Changes the URL, event types, places or description of one of your active subscriptions (修改事件订阅), at the version you read. Its places may be ' +
      'narrowed to any part of your own area (down to a community or neighborhood, by its place certificate), never beyond it.',
  })
  async updateWebhookSubscription(
    @Arg('input', () => UpdateWebhookSubscriptionInput, { description: 'What to change.' }) input: UpdateWebhookSubscriptionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookSubscription> {
    const subscription = await this.loadActive(ctx, input.id, input.expectedVersion);
    if (input.url !== undefined && input.url !== null) {
      const problem = webhookUrlProblem(input.url.trim(), this.config.allowLoopback);
      if (problem) throw badUserInput(problem, { field: 'url' });
      subscription.url = input.url.trim();
    }
    if (input.eventTypes) {
      requireReceivableTypes(ctx, input.eventTypes);
      subscription.eventTypes = [...new Set(input.eventTypes)];
    }
    if (input.scope) {
      const { placeCertificates, ...ids } = input.scope;
      const certified = (placeCertificates ?? []).map((certificate) => ctx.readPlaceCertificate(certificate));
      subscription.scope = narrowedScope(ctx.caller, ids, certified);
    }
    if (input.description !== undefined && input.description !== null) subscription.description = input.description.trim() || null;
    await ctx.em.flush();
    return subscription;
  }

  @Mutation(() => CreatedWebhookSubscription, {
    description: 'Replaces the signing secret of one of your active subscriptions (更换签名密钥): the new one is shown only now and signs every attempt from now on.',
  })
  async rotateWebhookSubscriptionSecret(@Arg('id', () => ID, { description: 'The subscription.' }) id: string, @Ctx() ctx: RequestContext): Promise<CreatedWebhookSubscription> {
    const subscription = await this.loadActive(ctx, id);
    const secret = newSubscriberSecret();
    subscription.secretSealed = sealSecret(secret, this.config.secretKey);
    await ctx.em.flush();
    return { subscription, secret };
  }
}
