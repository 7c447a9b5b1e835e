import { randomUUID } from 'node:crypto';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { badUserInput, conflict, forbidden, notFound } from '../../../platform/errors/error-codes.js';
import type { OwnersContext } from '../owners.loaders.js';
import { BallotChannel } from './ballot-kinds.js';
import { OwnersMotion } from '../assembly/owners-motion.entity.js';
import { UnitStub } from '../stubs/registry.stub.js';
import { OwnersBallot } from './owners-ballot.entity.js';
import { ballotDeskFor, type MotionFacts } from './ballot-desk.service.js';
import { entersBallotsOn } from '../access/assembly-convener.js';
import { castsAsOwner, mayRecordBallots } from './ballot.access.js';
import { votingWindowProblem } from '../committee/committee.rules.js';
import { CastOwnersBallotInput } from './ballot.input.js';

/** Whether a stored ballot is what this submission asks for: same motion, unit, choice, channel and proxy. */
function sameSubmission(ballot: OwnersBallot, input: CastOwnersBallotInput): boolean {
  const channel = ballot.channel === BallotChannel.RESIDENT ? BallotChannel.RESIDENT : (input.channel ?? BallotChannel.PAPER);
  return (
    ballot.motionId === input.motionId &&
    ballot.unitId === input.unitId &&
    ballot.choice === input.choice &&
    ballot.channel === channel &&
    (ballot.proxyName ?? null) === (input.proxyName?.trim() || null)
  );
}

/** What a ballot needs to know about its motion, read through this request's loaders. */
async function loadMotionFacts(ctx: OwnersContext, motionId: string): Promise<MotionFacts | null> {
  const motion = await ctx.loaders.motion.load(motionId);
  if (!motion) return null;
  const assembly = (await ctx.loaders.assembly.load(motion.assemblyId))!;
  const electorate = (await ctx.loaders.electorate.load(assembly.electorateId))!;
  return {
    id: motion.id,
    neighborhoodId: motion.neighborhoodId,
    communityId: motion.communityId,
    streetId: motion.streetId,
    districtId: motion.districtId,
    units: electorate.units.map((unit) => ({ unitId: unit.unitId, ownerIds: [...unit.ownerIds] })),
  };
}

@Resolver(() => OwnersBallot)
export class OwnersBallotResolver {
  @FieldResolver(() => UnitStub, { description: 'The unit that voted (专有部分).' })
  unit(@Root() ballot: OwnersBallot): UnitStub {
    return { id: ballot.unitId };
  }

  @FieldResolver(() => OwnersMotion, { description: 'The motion voted on (表决事项).' })
  async motion(@Root() ballot: OwnersBallot, @Ctx() ctx: OwnersContext): Promise<OwnersMotion> {
    return (await ctx.loaders.motion.load(ballot.motionId))!;
  }

  @Mutation(() => OwnersBallot, {
    description:
      "Records a unit's ballot on an open motion: a resident for a unit they own in the assembly's electorate; the neighborhood's committee " +
      'for any unit of it, from a paper ballot or a proxy (at a first assembly a preparatory group convened, its street or community office). One ballot per unit per motion (a second is CONFLICT); the same idempotency key ' +
      'returns the first result.',
  })
  async castOwnersBallot(
    @Arg('input', () => CastOwnersBallotInput, { description: 'The ballot.' }) input: CastOwnersBallotInput,
    @Ctx() ctx: OwnersContext,
  ): Promise<OwnersBallot> {
    input.motionId = input.motionId.toLowerCase();
    input.unitId = input.unitId.toLowerCase();
    const { caller } = ctx;
    if (!mayRecordBallots(caller)) {
      throw forbidden("Only owners (for their own units) and the neighborhood's owners' committee (or, at a first assembly, the preparatory group's street or community office) record ballots.");
    }
    const desk = ballotDeskFor(ctx.em);
    const retried = await desk.findByKey(caller.subject, input.idempotencyKey);
    if (retried) {
      const ballot = ctx.em.map(OwnersBallot, retried);
      if (!sameSubmission(ballot, input)) throw conflict('This idempotency key was already used for a different ballot; use a new key.');
      return ballot;
    }

    const motion = await desk.motionFacts(input.motionId, () => loadMotionFacts(ctx, input.motionId));
    if (!motion) throw notFound('OwnersMotion', input.motionId);
    const unit = motion.units.find((candidate) => candidate.unitId === input.unitId);

    let channel: BallotChannel;
    let voterPersonId: string | null = null;
    if (castsAsOwner(caller)) {
      const ownsHere = caller.personId !== null && motion.units.some((candidate) => candidate.ownerIds.includes(caller.personId!));
      if (!ownsHere) throw notFound('OwnersMotion', input.motionId);
      if (!unit || !unit.ownerIds.includes(caller.personId!)) throw forbidden('You may vote only for units you own.', { field: 'unitId' });
      if (input.channel && input.channel !== BallotChannel.RESIDENT) throw badUserInput('Residents vote in person; only the committee enters PAPER or PROXY ballots.', { field: 'channel' });
      if (input.proxyName) throw badUserInput('Residents vote in person; a proxy is entered by the committee.', { field: 'proxyName' });
      channel = BallotChannel.RESIDENT;
      voterPersonId = caller.personId;
    } else {
      if (!(await entersBallotsOn(ctx, motion))) throw notFound('OwnersMotion', input.motionId);
      if (!unit) throw badUserInput("This unit is not in the assembly's electorate.", { field: 'unitId' });
      channel = input.channel ?? BallotChannel.PAPER;
      if (channel === BallotChannel.RESIDENT) throw badUserInput('The committee enters PAPER or PROXY ballots.', { field: 'channel' });
      if ((channel === BallotChannel.PROXY) !== Boolean(input.proxyName)) {
        throw badUserInput('A PROXY ballot names its proxy, and only a PROXY ballot does.', { field: 'proxyName' });
      }
    }

    // Whether the motion is still open is decided when the ballot is written, under a share lock on the motion.
    const outcome = await desk.record({
      id: randomUUID(),
      recordedAt: ctx.clock.now(),
      recordedBy: caller.subject,
      motion,
      unitId: input.unitId,
      choice: input.choice,
      channel,
      voterPersonId,
      proxyName: input.proxyName?.trim() ?? null,
      idempotencyKey: input.idempotencyKey,
    });
    if ('closed' in outcome) throw conflict('This motion is closed; no more ballots are accepted.');
    if ('cancelled' in outcome) throw conflict('This assembly has been cancelled; its motions accept no ballots.');
    if ('notYet' in outcome) throw conflict(votingWindowProblem(new Date(0), outcome.notYet, 'ballot')!);
    if ('stored' in outcome) return ctx.em.map(OwnersBallot, outcome.stored);
    const concurrent = await desk.findByKey(caller.subject, input.idempotencyKey);
    if (concurrent) {
      const ballot = ctx.em.map(OwnersBallot, concurrent);
      if (sameSubmission(ballot, input)) return ballot;
      throw conflict('This idempotency key was already used for a different ballot; use a new key.');
    }
    throw conflict('This unit has already voted on this motion; a ballot cannot be changed.', { field: 'unitId' });
  }
}
