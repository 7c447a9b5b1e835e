import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { BallotChoiceValue } from './ballot-kinds.js';
import type { BallotChoice } from '../tally/tally.js';
import { OwnersBallot } from './owners-ballot.entity.js';
import { OwnersBallotCorrection } from './ballot-correction.entity.js';

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
