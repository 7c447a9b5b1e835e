import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badUserInput, notFound } from '../../../platform/errors/error-codes.js';
import { assertAtVersion } from '../../../platform/orm/expected-version.js';
import { requireId } from '../../../platform/ids/id.js';
import type { PartyContext } from '../party.loaders.js';
import { BuildingStub, NeighborhoodStub, PersonStub, stub } from '../stubs/registry.stub.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { loadRegisteredPlaces } from '../organization/organization-lookup.js';
import { RegisteredPlaceLevel } from '../place/place-register.entity.js';
import { PartyMember } from '../member/member.entity.js';
import { ServiceOrder } from './service-order.entity.js';
import { nextOrderStatus, ServiceOrderStatus, type ServiceOrderStep } from './service-order-lifecycle.js';
import { CompleteServiceOrderInput, DispatchServiceOrderInput, EvaluateServiceOrderInput, PlaceServiceOrderInput, ServiceOrderStepInput } from './service-order.input.js';
import { assertIsPerson, assertMayOrder, assertRunsBranch, mayReadOrder } from './service-order.access.js';
import { coversPlace } from './responsibility-zone-lookup.js';
import { recordServiceOrderEvent } from './service-order.events.js';

async function loadVisibleOrder(ctx: PartyContext, id: string): Promise<ServiceOrder> {
  const order = await ctx.loaders.serviceOrders.order.load(requireId(id, 'orderId'));
  if (order) {
    const [branch, member] = await Promise.all([ctx.loaders.organization.load(order.branchId), order.memberId ? ctx.loaders.member.load(order.memberId) : null]);
    if (mayReadOrder(ctx.caller, order, member?.personId ?? null, branch)) return order;
  }
  throw notFound('ServiceOrder', id);
}

/** The person behind the member an order was dispatched to, if any. */
async function memberPersonId(ctx: PartyContext, order: ServiceOrder): Promise<string | null> {
  return order.memberId ? ((await ctx.loaders.member.load(order.memberId))?.personId ?? null) : null;
}

/** Loads the order for a step, checks the version and moves it to the next stage. */
async function step(ctx: PartyContext, input: ServiceOrderStepInput, name: ServiceOrderStep): Promise<ServiceOrder> {
  const order = await loadVisibleOrder(ctx, input.orderId);
  assertAtVersion(order, input.expectedVersion, { noun: 'order', versionExtension: false });
  order.status = nextOrderStatus(order.status, name);
  return order;
}

@Resolver(() => ServiceOrder)
export class ServiceOrderResolver {
  @FieldResolver(() => PersonStub, { description: 'The resident it is for (点单群众), masked by the registry.' })
  resident(@Root() order: ServiceOrder): PersonStub {
    return stub(order.orderedByPersonId);
  }

  @FieldResolver(() => NeighborhoodStub, { description: 'The neighborhood.' })
  neighborhood(@Root() order: ServiceOrder): NeighborhoodStub {
    return stub(order.neighborhoodId);
  }

  @FieldResolver(() => BuildingStub, { nullable: true, description: 'The building concerned, if given.' })
  building(@Root() order: ServiceOrder): BuildingStub | null {
    return order.buildingId ? stub(order.buildingId) : null;
  }

  @FieldResolver(() => PartyOrganization, { description: 'The branch it was ordered from (派单支部).' })
  async branch(@Root() order: ServiceOrder, @Ctx() ctx: PartyContext): Promise<PartyOrganization> {
    return (await ctx.loaders.organization.load(order.branchId))!;
  }

  @FieldResolver(() => PartyMember, { nullable: true, description: 'The member it was dispatched to (接单党员).' })
  member(@Root() order: ServiceOrder, @Ctx() ctx: PartyContext): Promise<PartyMember | null> | null {
    return order.memberId ? ctx.loaders.member.load(order.memberId) : null;
  }

  @Query(() => ServiceOrder, { description: 'One service order: for the resident, the member dispatched and the party office responsible for the branch.' })
  serviceOrder(@Arg('id', () => ID, { description: 'Order id.' }) id: string, @Ctx() ctx: PartyContext): Promise<ServiceOrder> {
    return loadVisibleOrder(ctx, id);
  }

  @Mutation(() => ServiceOrder, { description: "Orders a service from the neighborhood's branch (群众点单): a RESIDENT for themself, or the branch's office for a resident." })
  async placeServiceOrder(@Arg('input', () => PlaceServiceOrderInput, { description: 'The order.' }) input: PlaceServiceOrderInput, @Ctx() ctx: PartyContext): Promise<ServiceOrder> {
    const place = ctx.readPlaceCertificate(input.placeCertificate);
    if (!place.neighborhoodId) throw badUserInput("placeCertificate must be a neighborhood's certificate.", { field: 'placeCertificate' });
    const [neighborhood] = await loadRegisteredPlaces(ctx, [place.neighborhoodId], RegisteredPlaceLevel.NEIGHBORHOOD, 'placeCertificate');
    const [building] = input.buildingId ? await loadRegisteredPlaces(ctx, [input.buildingId], RegisteredPlaceLevel.BUILDING, 'buildingId') : [null];
    if (building && building.neighborhoodId !== neighborhood.id) throw badUserInput('buildingId is not in that neighborhood.', { field: 'buildingId' });
    const branch = await ctx.loaders.branchOfNeighborhood.load(neighborhood.id);
    const residentId = assertMayOrder(ctx.caller, neighborhood.id, input.residentId, branch);
    if (!branch) throw badUserInput('No branch covers this neighborhood yet: there is nobody to order from.', { field: 'placeCertificate' });
    const order = ctx.em.create(ServiceOrder, {
      request: input.request.trim(),
      status: ServiceOrderStatus.ORDERED,
      orderedByPersonId: residentId,
      neighborhoodId: neighborhood.id,
      buildingId: building?.id ?? null,
      branchId: branch.id,
      districtId: neighborhood.districtId,
      streetId: neighborhood.streetId,
      communityId: neighborhood.communityId,
    });
    recordServiceOrderEvent(ctx.em, order);
    await ctx.em.flush();
    return order;
  }

  @Mutation(() => ServiceOrder, { description: 'Dispatches an order to a member who reported in to the community (双报到) or whose responsibility zone covers the place (支部派单). The branch.' })
  async dispatchServiceOrder(@Arg('input', () => DispatchServiceOrderInput, { description: 'Order and member.' }) input: DispatchServiceOrderInput, @Ctx() ctx: PartyContext): Promise<ServiceOrder> {
    const order = await loadVisibleOrder(ctx, input.orderId);
    assertRunsBranch(ctx.caller, await ctx.loaders.organization.load(order.branchId), 'dispatch orders');
    const member = await ctx.loaders.member.load(requireId(input.memberId, 'memberId'));
    if (!member) throw badUserInput(`memberId "${input.memberId}" is not a party member.`, { field: 'memberId' });
    const reportIn = await ctx.loaders.reportInOfMember.load(member.id);
    if (reportIn?.communityId !== order.communityId && !(await coversPlace(ctx, member.id, order))) {
      throw badUserInput("This member has neither reported in to the order's community (双报到) nor a responsibility zone covering its place.", { field: 'memberId' });
    }
    await step(ctx, input, 'dispatch');
    Object.assign(order, { memberId: member.id, dispatchedBy: ctx.caller.subject, dispatchedAt: ctx.clock.now() });
    recordServiceOrderEvent(ctx.em, order);
    await ctx.em.flush();
    return order;
  }

  @Mutation(() => ServiceOrder, { description: 'The member it was dispatched to takes it (党员接单).' })
  async takeServiceOrder(@Arg('input', () => ServiceOrderStepInput, { description: 'The order.' }) input: ServiceOrderStepInput, @Ctx() ctx: PartyContext): Promise<ServiceOrder> {
    const order = await loadVisibleOrder(ctx, input.orderId);
    assertIsPerson(ctx.caller, await memberPersonId(ctx, order), 'the member it was dispatched to');
    await step(ctx, input, 'take');
    order.takenAt = ctx.clock.now();
    recordServiceOrderEvent(ctx.em, order);
    await ctx.em.flush();
    return order;
  }

  @Mutation(() => ServiceOrder, { description: 'The member who took it reports it done (完成).' })
  async completeServiceOrder(@Arg('input', () => CompleteServiceOrderInput, { description: 'What was done.' }) input: CompleteServiceOrderInput, @Ctx() ctx: PartyContext): Promise<ServiceOrder> {
    const order = await loadVisibleOrder(ctx, input.orderId);
    assertIsPerson(ctx.caller, await memberPersonId(ctx, order), 'the member who took it');
    await step(ctx, input, 'complete');
    Object.assign(order, { completedAt: ctx.clock.now(), completionNote: input.note.trim() });
    recordServiceOrderEvent(ctx.em, order);
    await ctx.em.flush();
    return order;
  }

  @Mutation(() => ServiceOrder, { description: 'The resident it is for evaluates the completed order (评价).' })
  async evaluateServiceOrder(@Arg('input', () => EvaluateServiceOrderInput, { description: 'Rating and comment.' }) input: EvaluateServiceOrderInput, @Ctx() ctx: PartyContext): Promise<ServiceOrder> {
    const order = await loadVisibleOrder(ctx, input.orderId);
    assertIsPerson(ctx.caller, order.orderedByPersonId, 'the resident it is for');
    await step(ctx, input, 'evaluate');
    Object.assign(order, { rating: input.rating, evaluationComment: input.comment?.trim() || null, evaluatedAt: ctx.clock.now() });
    recordServiceOrderEvent(ctx.em, order);
    await ctx.em.flush();
    return order;
  }

  @Mutation(() => ServiceOrder, { description: 'The resident withdraws an order not yet taken (撤回); it stays on record.' })
  async withdrawServiceOrder(@Arg('input', () => ServiceOrderStepInput, { description: 'The order.' }) input: ServiceOrderStepInput, @Ctx() ctx: PartyContext): Promise<ServiceOrder> {
    const order = await loadVisibleOrder(ctx, input.orderId);
    assertIsPerson(ctx.caller, order.orderedByPersonId, 'the resident it is for');
    await step(ctx, input, 'withdraw');
    order.withdrawnAt = ctx.clock.now();
    recordServiceOrderEvent(ctx.em, order);
    await ctx.em.flush();
    return order;
  }
}
