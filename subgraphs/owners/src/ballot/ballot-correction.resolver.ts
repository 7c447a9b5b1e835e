import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { conflict, forbidden, notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { OwnersContext } from '../owners.loaders.js';
import { entersBallotsOn, mayEnterBallots } from '../access/assembly-convener.js';
import { pathOf } from '../../../platform/access/place-path.js';
import { BallotChannel } from './ballot-kinds.js';
import { MotionStatus } from '../assembly/assembly-kinds.js';
import { VoidOwnersBallotInput } from './ballot-correction.input.js';
import { OwnersBallot } from './owners-ballot.entity.js';
import { OwnersBallotCorrection } from './ballot-correction.entity.js';

@Resolver(() => OwnersBallotCorrection)
export class BallotCorrectionResolver {
  @Mutation(() => OwnersBallotCorrection, {
    description:
      'Voids a paper or proxy ballot the committee entered wrongly, or records the choice the paper really shows, while its motion is open ' +
      '(选票更正). The ballot stays as it was; the correction names it and the tally counts the correction. Once per ballot. Whoever enters paper ballots there: the committee, or at a first assembly the preparatory group\'s street or community office.',
  })
  async voidOwnersBallot(
    @Arg('input', () => VoidOwnersBallotInput, { description: 'Which ballot, why, and the right choice if any.' }) input: VoidOwnersBallotInput,
    @Ctx() ctx: OwnersContext,
  ): Promise<OwnersBallotCorrection> {
    if (!mayEnterBallots(ctx.caller)) throw forbidden("Only the owners' committee (or, at a first assembly, the preparatory group's street or community office) corrects the ballots it entered.");
    const retried = await ctx.em.findOne(OwnersBallotCorrection, { recordedBy: ctx.caller.subject, idempotencyKey: input.idempotencyKey });
    if (retried) {
      if (retried.ballotId !== input.ballotId.toLowerCase() || retried.correctedChoice !== (input.correctedChoice ?? null)) {
        throw conflict('This idempotency key was already used for a different correction; use a new key.');
      }
      return retried;
    }
    const ballot = await ctx.em.findOne(OwnersBallot, { id: requireId(input.ballotId) });
    if (!ballot || !(await entersBallotsOn(ctx, { id: ballot.motionId, neighborhoodId: ballot.neighborhoodId }))) throw notFound('OwnersBallot', input.ballotId);
    if (ballot.channel === BallotChannel.RESIDENT) throw conflict('An owner cast this ballot themself; only ballots the committee entered (paper or proxy) can be corrected.');
    if (input.correctedChoice === ballot.choice) throw conflict('The ballot already records this choice; nothing to correct.');
    return ctx.em.transactional(async (tx) => {
      // Closing flips the status under this lock's conflict, so no correction lands after the tally.
      const [motion] = await tx.execute<{ status: string }[]>('select status from owners.owners_motion where id = ? for share', [ballot.motionId]);
      if (motion.status !== MotionStatus.OPEN) throw conflict('This motion is closed; its ballots can no longer be corrected (correct the resolution instead).');
      const correction = tx.create(OwnersBallotCorrection, {
        ...pathOf(ballot),
        recordedBy: ctx.caller.subject,
        recordedAt: ctx.clock.now(),
        ballotId: ballot.id,
        motionId: ballot.motionId,
        correctedChoice: input.correctedChoice ?? null,
        reason: input.reason.trim(),
        idempotencyKey: input.idempotencyKey,
      });
      try {
        await tx.flush();
      } catch (error) {
        if ((error as { code?: string }).code === '23505') throw conflict('This ballot has already been corrected; a ballot is corrected once.');
        throw error;
      }
      return correction;
    });
  }
}
