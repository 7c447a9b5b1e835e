import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';
import type { BallotChoice } from '../tally/tally.js';
import { BallotChoiceValue } from './ballot-kinds.js';

@ObjectType('OwnersChoiceCount', { description: 'Ballots of one choice (按表决意见统计): units, their area and their owners.' })
export class ChoiceCount {
  @Field(() => BallotChoiceValue, { description: 'For, against or abstain (表决意见).' })
  choice!: BallotChoice;

  @Field(() => Int, { description: 'Units that voted so (专有部分数).' })
  units!: number;

  @Field(() => DecimalScalar, { description: 'Their registered area in m² (专有部分面积).' })
  area!: string;

  @Field(() => Int, { description: 'Their owners, counted as the tally counts them (业主人数); an owner whose units voted differently appears under each choice.' })
  owners!: number;
}

@ObjectType('OwnersMotionCounts', { description: "A motion's ballots counted by choice, and the turnout against its electorate (表决统计与参与率)." })
export class MotionCounts {
  @Field(() => [ChoiceCount], { description: 'FOR, AGAINST and ABSTAIN, in that order.' })
  byChoice!: ChoiceCount[];

  @Field(() => Int, { description: 'Units in the electorate (总户数).' })
  totalUnits!: number;

  @Field(() => DecimalScalar, { description: 'Total area of the electorate in m² (总面积).' })
  totalArea!: string;

  @Field(() => Int, { description: 'Owners in the electorate (总业主人数).' })
  totalOwners!: number;

  @Field(() => Int, { description: 'Units whose ballot counts (voided ballots left out) (已投票户数).' })
  votedUnits!: number;

  @Field(() => DecimalScalar, { description: 'Their area in m² (参与表决面积).' })
  votedArea!: string;

  @Field(() => Int, { description: 'Owners who voted, each once (参与表决人数).' })
  votedOwners!: number;

  @Field(() => String, { nullable: true, description: 'Voted area of total area, in percent with two decimals (面积参与率); null for an empty electorate.' })
  turnoutAreaPercent!: string | null;

  @Field(() => String, { nullable: true, description: 'Owners who voted of all owners, in percent with two decimals (人数参与率); null for an empty electorate.' })
  turnoutOwnersPercent!: string | null;
}
