import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { OwnersMotion } from '../assembly/owners-motion.entity.js';
import { ballotView, ownerPersonOf } from './ballot.access.js';
import { percentage } from '../../../platform/figures/percentage.js';
import { countBallots } from '../tally/ballot-counts.js';
import { formatHundredths, type BallotChoice } from '../tally/tally.js';
import { OwnersBallot } from './owners-ballot.entity.js';
import type { OwnersBallotCorrection } from './ballot-correction.entity.js';
import { MotionCounts } from './motion-counts.type.js';

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
