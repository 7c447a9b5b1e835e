import { Field, ID, ObjectType } from 'type-graphql';
import { WebhookSubscription } from './webhook-subscription.entity.js';

@ObjectType({ description: 'A subscription with its new signing secret (订阅及其签名密钥).' })
export class CreatedWebhookSubscription {
  @Field(() => WebhookSubscription, { description: 'The subscription.' })
  subscription!: WebhookSubscription;

  @Field(() => String, {
    description: 'Its signing secret (签名密钥), whsec_…, shown only now: verify webhook-signature = v1,base64(HMAC-SHA256(secret, webhook-id.webhook-timestamp.body)).',
  })
  secret!: string;
}

@ObjectType({ description: 'The places a subscription covers (订阅范围).' })
export class WebhookScope {
  @Field(() => [ID], { description: 'Districts (区/县).' })
  districtIds!: string[];

  @Field(() => [ID], { description: 'Streets (街道).' })
  streetIds!: string[];

  @Field(() => [ID], { description: 'Communities (社区).' })
  communityIds!: string[];

  @Field(() => [ID], { description: 'Neighborhoods (小区).' })
  neighborhoodIds!: string[];
}
