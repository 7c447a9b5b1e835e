import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { BallotChoiceValue } from './ballot-kinds.js';
import { OwnersMotion } from '../assembly/owners-motion.entity.js';
import { ballotView, ownerPersonOf } from '../access/ballot-access.js';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';
import { percentage } from '../../../platform/figures/percentage.js';
import { countBallots } from '../tally/ballot-counts.js';
import { formatHundredths, type BallotChoice } from '../tally/tally.js';
import { OwnersBallot } from './owners-ballot.entity.js';
import { OwnersBallotCorrection } from './ballot-correction.entity.js';

@ObjectType('OwnersChoiceCount', { description: 'Ballots of one choice (按表决意见统计): units, their area and their owners.' })
class ChoiceCount {
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
class MotionCounts {
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

/** The choice each unit's ballot counts with: its correction's choice, or none if voided, else its own. */
export function effectiveChoices(ballots: readonly OwnersBallot[], corrections: readonly OwnersBallotCorrection[]): Map<string, BallotChoice> {
  const byBallot = new Map(corrections.map((correction) => [correction.ballotId, correction]));
  const choices = new Map<string, BallotChoice>();
  for (const ballot of ballots) {
    const correction = byBallot.get(ballot.id);
    const choice = correction ? correction.correctedChoice : ballot.choice;
    if (choice) choices.set(ballot.unitId, choice);
  }
  return choices;
}

@Resolver(() => OwnersMotion)
export class MotionBallotsResolver {
  @FieldResolver(() => [OwnersBallot], {
    description:
      "The ballots recorded on it, oldest first (表决明细): the committee and area offices see every ballot; a resident sees the ballots of units they own; everyone else none (counts only).",
  })
  async ballots(@Root() motion: OwnersMotion, @Ctx() ctx: OwnersContext): Promise<OwnersBallot[]> {
    const view = ballotView(ctx.caller, await ctx.loaders.scope(), motion);
    if (view === 'COUNTS') return [];
    const ballots = await ctx.loaders.ballotsOfMotion.load(motion.id);
    if (view === 'ALL') return ballots;
    const personId = ownerPersonOf(ctx.caller);
    if (!personId) return [];
    const assembly = (await ctx.loaders.assembly.load(motion.assemblyId))!;
    const electorate = (await ctx.loaders.electorate.load(assembly.electorateId))!;
    const mine = new Set(electorate.units.filter((unit) => unit.ownerIds.includes(personId)).map((unit) => unit.unitId));
    return ballots.filter((ballot) => mine.has(ballot.unitId));
  }

  @FieldResolver(() => MotionCounts, { description: 'Ballots by choice in units, area and owners, and the turnout; corrections applied (表决统计). Whoever can read the motion.' })
  async counts(@Root() motion: OwnersMotion, @Ctx() ctx: OwnersContext): Promise<MotionCounts> {
    const assembly = (await ctx.loaders.assembly.load(motion.assemblyId))!;
    const [electorate, ballots, corrections] = await Promise.all([
      ctx.loaders.electorate.load(assembly.electorateId),
      ctx.loaders.ballotsOfMotion.load(motion.id),
      ctx.loaders.correctionsOfMotion.load(motion.id),
    ]);
    const counts = countBallots(electorate!.units, effectiveChoices(ballots, corrections));
    return {
      byChoice: counts.byChoice.map((count) => ({ choice: count.choice, units: count.units, area: formatHundredths(count.area), owners: count.owners })),
      totalUnits: counts.totalUnits,
      totalArea: formatHundredths(counts.totalArea),
      totalOwners: counts.totalOwners,
      votedUnits: counts.votedUnits,
      votedArea: formatHundredths(counts.votedArea),
      votedOwners: counts.votedOwners,
      turnoutAreaPercent: percentage(Number(counts.votedArea), Number(counts.totalArea)),
      turnoutOwnersPercent: percentage(counts.votedOwners, counts.totalOwners),
    };
  }
}

@Resolver(() => OwnersBallot)
export class BallotCorrectionFieldResolver {
  @FieldResolver(() => OwnersBallotCorrection, { nullable: true, description: 'Its correction (更正记录), if it was voided or corrected before closing; null otherwise.' })
  async correction(@Root() ballot: OwnersBallot, @Ctx() ctx: OwnersContext): Promise<OwnersBallotCorrection | null> {
    return (await ctx.loaders.correctionsOfMotion.load(ballot.motionId)).find((correction) => correction.ballotId === ballot.id) ?? null;
  }

  @FieldResolver(() => BallotChoiceValue, { nullable: true, description: 'The choice it counts with (有效意见): the corrected one, null if voided, else its own.' })
  async countsAs(@Root() ballot: OwnersBallot, @Ctx() ctx: OwnersContext): Promise<BallotChoice | null> {
    const correction = (await ctx.loaders.correctionsOfMotion.load(ballot.motionId)).find((candidate) => candidate.ballotId === ballot.id);
    return correction ? correction.correctedChoice : ballot.choice;
  }
}
