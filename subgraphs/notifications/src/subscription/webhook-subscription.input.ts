import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';

@InputType({ description: 'A webhook to register (注册事件订阅).' })
export class CreateWebhookSubscriptionInput {
  @Field(() => String, { description: 'Where to POST events: https (http only to 127.0.0.1 in development).' })
  @MaxLength(2000, { message: 'url must be at most 2,000 characters long' })
  url!: string;

  @Field(() => [String], { description: 'Event types to receive, from `notificationEventTypes` (1–50).' })
  @ArrayMinSize(1, { message: 'eventTypes must name at least one event type' })
  @ArrayMaxSize(50, { message: 'eventTypes may name at most 50 event types' })
  @MaxLength(100, { each: true, message: 'eventTypes items are at most 100 characters long' })
  eventTypes!: string[];

  @Field(() => String, { nullable: true, description: 'What it is for (说明), at most 200 characters.' })
  @IsOptional()
  @MaxLength(200, { message: 'description must be at most 200 characters long' })
  description?: string;

  @Field(() => [ID], { nullable: true, description: 'Narrow it to some of the districts your token grants; leave every level out for all your places.' })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'districtIds may list at most 100 ids' })
  @IsUUID('all', { each: true, message: 'districtIds must be ids' })
  districtIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Narrow it to some of the streets your token grants.' })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'streetIds may list at most 100 ids' })
  @IsUUID('all', { each: true, message: 'streetIds must be ids' })
  streetIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Narrow it to some of the communities your token grants.' })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'communityIds may list at most 100 ids' })
  @IsUUID('all', { each: true, message: 'communityIds must be ids' })
  communityIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Narrow it to some of the neighborhoods your token grants.' })
  @IsOptional()
  @ArrayMaxSize(500, { message: 'neighborhoodIds may list at most 500 ids' })
  @IsUUID('all', { each: true, message: 'neighborhoodIds must be ids' })
  neighborhoodIds?: string[];
}

@InputType({ description: 'Deliveries to send again (重新投递).' })
export class ReplayWebhookDeliveriesInput {
  @Field(() => ID, { description: 'Your subscription.' })
  @IsUUID('all', { message: 'subscriptionId must be an id' })
  subscriptionId!: string;

  @Field(() => [ID], { description: 'The events to send again (1–100), delivered or dead-lettered alike.' })
  @ArrayMinSize(1, { message: 'eventIds must name at least one event' })
  @ArrayMaxSize(100, { message: 'eventIds may name at most 100 events' })
  @IsUUID('all', { each: true, message: 'eventIds must be ids' })
  eventIds!: string[];
}

@InputType({
  description:
    'The places a subscription is to cover (订阅范围), all inside your own area: ids at the levels your token grants, and registry place ' +
    'certificates for communities or neighborhoods within it (e.g. a street office choosing one neighborhood). At least one place.',
})
export class WebhookScopeInput {
  @Field(() => [ID], { nullable: true, description: 'Districts your token grants (区/县).' })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'districtIds may list at most 100 ids' })
  @IsUUID('all', { each: true, message: 'districtIds must be ids' })
  districtIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Streets your token grants (街道).' })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'streetIds may list at most 100 ids' })
  @IsUUID('all', { each: true, message: 'streetIds must be ids' })
  streetIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Communities your token grants (社区).' })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'communityIds may list at most 100 ids' })
  @IsUUID('all', { each: true, message: 'communityIds must be ids' })
  communityIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Neighborhoods your token grants (小区).' })
  @IsOptional()
  @ArrayMaxSize(500, { message: 'neighborhoodIds may list at most 500 ids' })
  @IsUUID('all', { each: true, message: 'neighborhoodIds must be ids' })
  neighborhoodIds?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Communities or neighborhoods inside your area, each as its placeCertificate from the registry (community/neighborhood { placeCertificate }) (位置证明).',
  })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'placeCertificates may list at most 100 certificates' })
  @MaxLength(4000, { each: true, message: 'placeCertificates items are at most 4,000 characters long' })
  placeCertificates?: string[];
}

@InputType({ description: 'Changes to one of your subscriptions (修改事件订阅); fields left out stay as they are.' })
export class UpdateWebhookSubscriptionInput {
  @Field(() => ID, { description: 'The subscription.' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT.' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'A new URL (https; http only to 127.0.0.1 in development).' })
  @IsOptional()
  @MaxLength(2000, { message: 'url must be at most 2,000 characters long' })
  url?: string;

  @Field(() => [String], { nullable: true, description: 'New event types (1–50), replacing the old ones.' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'eventTypes must name at least one event type' })
  @ArrayMaxSize(50, { message: 'eventTypes may name at most 50 event types' })
  @MaxLength(100, { each: true, message: 'eventTypes items are at most 100 characters long' })
  eventTypes?: string[];

  @Field(() => String, { nullable: true, description: 'A new description, at most 200 characters.' })
  @IsOptional()
  @MaxLength(200, { message: 'description must be at most 200 characters long' })
  description?: string;

  @Field(() => WebhookScopeInput, {
    nullable: true,
    description: 'New places, replacing the old ones (订阅范围): any part of your own area, never beyond it; events outside them are no longer sent.',
  })
  @IsOptional()
  @ValidateNested()
  scope?: WebhookScopeInput;
}
