import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { BallotChannel, BallotChoiceValue } from './ballot-kinds.js';

@InputType({ description: "A unit's ballot on a motion (表决票)." })
export class CastOwnersBallotInput {
  @Field(() => ID, { description: 'The motion.' })
  @IsUUID('all', { message: 'motionId must be an id' })
  motionId!: string;

  @Field(() => ID, { description: 'The unit voting: one you own (residents) or any unit of the electorate (committee, from paper or proxy).' })
  @IsUUID('all', { message: 'unitId must be an id' })
  unitId!: string;

  @Field(() => BallotChoiceValue, { description: 'For, against or abstain.' })
  @IsEnum(BallotChoiceValue)
  choice!: BallotChoiceValue;

  @Field(() => String, { description: 'A key unique to this submission (8–100 letters, digits, - or _): a retry with the same key returns the first result.' })
  @Matches(/^[A-Za-z0-9_-]{8,100}$/, { message: 'idempotencyKey must be 8 to 100 letters, digits, - or _' })
  idempotencyKey!: string;

  @Field(() => BallotChannel, { nullable: true, description: 'For the committee: PAPER (default) or PROXY. Residents always vote as RESIDENT.' })
  @IsOptional()
  @IsEnum(BallotChannel)
  channel?: BallotChannel;

  @Field(() => String, { nullable: true, description: 'For PROXY ballots: the name of the proxy (受托人).' })
  @IsOptional()
  @Length(1, 100, { message: 'proxyName must be 1 to 100 characters long' })
  proxyName?: string;
}
