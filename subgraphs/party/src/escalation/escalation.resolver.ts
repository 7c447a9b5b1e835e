import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';
import { assertAtVersion } from '../../../platform/orm/expected-version.js';
import type { PartyContext } from '../party.loaders.js';
import { NeighborhoodStub, stub } from '../stubs/registry.stub.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { loadRegisteredPlaces } from '../organization/organization-lookup.js';
import { RegisteredPlaceLevel } from '../place/place-register.entity.js';
import { Escalation } from './escalation.entity.js';
import { EscalationCall } from './escalation-call.entity.js';
import { EscalationCallOutcome, EscalationCallReason, EscalationLevel, EscalationStatus, EscalationSubject, levelAbove } from './escalation-kinds.js';
import { AnswerEscalationInput, RaiseEscalationInput } from './escalation.input.js';
import { assertMayAnswerAt, assertMayRaise } from './escalation.access.js';
import { callLevel } from './escalation-ladder.js';
import { recordEscalationEvent } from './escalation.events.js';
import { loadVisibleEscalation } from './escalation-lookup.js';

@Resolver(() => Escalation)
export class EscalationResolver {
  @FieldResolver(() => ID, { nullable: true, description: 'The property request (诉求) concerned, by id, as given when raised.' })
  serviceRequestId(@Root() escalation: Escalation): string | null {
    return escalation.serviceRequestId;
  }

  @FieldResolver(() => NeighborhoodStub, { description: 'The neighborhood (小区).' })
  neighborhood(@Root() escalation: Escalation): NeighborhoodStub {
    return stub(escalation.neighborhoodId);
  }

  @FieldResolver(() => PartyOrganization, { description: "The neighborhood's branch, the first rung (小区党支部)." })
  async branch(@Root() escalation: Escalation, @Ctx() ctx: PartyContext): Promise<PartyOrganization> {
    return (await ctx.loaders.organization.load(escalation.branchId))!;
  }

  @FieldResolver(() => Boolean, { description: "Whether the current level's time is up (超时), by the server's clock." })
  overdue(@Root() escalation: Escalation, @Ctx() ctx: PartyContext): boolean {
    return escalation.status === EscalationStatus.OPEN && escalation.dueAt.getTime() < ctx.clock.now().getTime();
  }

  @FieldResolver(() => [EscalationCall], { description: 'Every level called so far, in order (呼叫记录).' })
  calls(@Root() escalation: Escalation, @Ctx() ctx: PartyContext): Promise<EscalationCall[]> {
    return ctx.loaders.escalations.callsOfEscalation.load(escalation.id);
  }

  @Query(() => Escalation, { description: 'One escalation by id: for the party offices on its ladder, and the contracted property company for a request.' })
  escalation(@Arg('id', () => ID, { description: 'Escalation id.' }) id: string, @Ctx() ctx: PartyContext): Promise<Escalation> {
    return loadVisibleEscalation(ctx, id);
  }

  @Mutation(() => Escalation, { description: "Raises a request or problem at the neighborhood branch (小区支部书记), the ladder's first rung. The party office responsible for the branch." })
  async raiseEscalation(@Arg('input', () => RaiseEscalationInput, { description: 'What to raise.' }) input: RaiseEscalationInput, @Ctx() ctx: PartyContext): Promise<Escalation> {
    if ((input.subject === EscalationSubject.SERVICE_REQUEST) !== (input.serviceRequestId !== undefined)) {
      throw badUserInput(input.subject === EscalationSubject.SERVICE_REQUEST ? 'A SERVICE_REQUEST escalation needs serviceRequestId.' : 'serviceRequestId applies to a SERVICE_REQUEST only: leave it out.', {
        field: 'serviceRequestId',
      });
    }
    const [neighborhood] = await loadRegisteredPlaces(ctx, [input.neighborhoodId], RegisteredPlaceLevel.NEIGHBORHOOD, 'neighborhoodId');
    const branch = await ctx.loaders.branchOfNeighborhood.load(neighborhood.id);
    assertMayRaise(ctx.caller, branch);
    const now = ctx.clock.now();
    const escalation = ctx.em.create(Escalation, {
      subject: input.subject,
      serviceRequestId: input.serviceRequestId?.toLowerCase() ?? null,
      title: input.title.trim(),
      description: input.description.trim(),
      neighborhoodId: neighborhood.id,
      branchId: branch.id,
      raisedBy: ctx.caller.subject,
      status: EscalationStatus.OPEN,
      currentLevel: EscalationLevel.NEIGHBORHOOD_BRANCH_SECRETARY,
      dueAt: now,
      districtId: neighborhood.districtId,
      streetId: neighborhood.streetId,
      communityId: neighborhood.communityId,
    });
    await callLevel(ctx.em, escalation, branch, EscalationLevel.NEIGHBORHOOD_BRANCH_SECRETARY, EscalationCallReason.RAISED, now);
    recordEscalationEvent(ctx.em, escalation, 'party.escalation.raised');
    await ctx.em.flush();
    return escalation;
  }

  @Mutation(() => Escalation, {
    description: "The current level answers: solved (resolved: true), or calls the level above (逐级呼叫). Only the office answering for that level; the county secretary's answer must solve it.",
  })
  async answerEscalation(@Arg('input', () => AnswerEscalationInput, { description: 'The answer.' }) input: AnswerEscalationInput, @Ctx() ctx: PartyContext): Promise<Escalation> {
    const escalation = await loadVisibleEscalation(ctx, input.escalationId, 'escalationId');
    const branch = (await ctx.loaders.organization.load(escalation.branchId))!;
    assertMayAnswerAt(ctx.caller, escalation.currentLevel, escalation, branch);
    assertAtVersion(escalation, input.expectedVersion, { noun: 'escalation', versionExtension: false });
    if (escalation.status !== EscalationStatus.OPEN) throw conflict('This escalation is already resolved.');
    const above = levelAbove(escalation.currentLevel);
    if (!input.resolved && !above) throw badUserInput('The county secretary is the top of the ladder: the answer here must resolve it.', { field: 'resolved' });
    const calls = await ctx.loaders.escalations.callsOfEscalation.load(escalation.id);
    const current = calls[calls.length - 1];
    const now = ctx.clock.now();
    Object.assign(current, { answeredAt: now, answeredBy: ctx.caller.subject, answer: input.answer.trim(), outcome: input.resolved ? EscalationCallOutcome.RESOLVED : EscalationCallOutcome.CALLED_UP });
    if (input.resolved) {
      Object.assign(escalation, { status: EscalationStatus.RESOLVED, resolvedLevel: escalation.currentLevel, resolvedBy: ctx.caller.subject, resolvedAt: now });
    } else {
      await callLevel(ctx.em, escalation, branch, above!, EscalationCallReason.CALLED_UP, now);
    }
    recordEscalationEvent(ctx.em, escalation, input.resolved ? 'party.escalation.resolved' : 'party.escalation.called_up');
    await ctx.em.flush();
    // The calls were loaded before the new one existed: read them afresh for the response.
    ctx.loaders.escalations.callsOfEscalation.clear(escalation.id);
    return escalation;
  }
}
