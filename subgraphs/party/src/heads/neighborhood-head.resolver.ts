import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { conflict, notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { PartyContext } from '../party.loaders.js';
import { BuildingStub, NeighborhoodStub, PersonStub, stub } from '../stubs/registry.stub.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { loadRegisteredPlaces } from '../organization/organization-lookup.js';
import { RegisteredPlaceLevel } from '../place/place-register.entity.js';
import { checkTerm } from '../post/post-term.js';
import { NeighborhoodHead } from './neighborhood-head.entity.js';
import { AppointNeighborhoodHeadInput, EndNeighborhoodHeadInput } from './neighborhood-head.input.js';
import { assertMayManageHeads, mayReadHeadsOf } from './neighborhood-head.access.js';
import { checkHeadPlace, isInForce, serverDay } from './neighborhood-head-rules.js';
import { recordHeadEvent } from './neighborhood-head.events.js';
import { HeadListArgs } from './neighborhood-head.input.js';

/** Whether the caller may read this appointment: the same rule on every path (root, nested, by person). */
export async function mayReadHead(ctx: PartyContext, head: NeighborhoodHead): Promise<boolean> {
  const [place, branch] = await Promise.all([ctx.loaders.place.load(head.neighborhoodId), ctx.loaders.organization.load(head.organizationId)]);
  return place !== null && mayReadHeadsOf(ctx.caller, place, branch, head.personId);
}

async function visibleHeads(ctx: PartyContext, heads: NeighborhoodHead[], includeEnded: boolean): Promise<NeighborhoodHead[]> {
  const day = serverDay(ctx.clock);
  const allowed = await Promise.all(heads.map((head) => mayReadHead(ctx, head)));
  return heads.filter((head, index) => allowed[index] && (includeEnded || isInForce(head, day)));
}

@Resolver(() => NeighborhoodHead)
export class NeighborhoodHeadResolver {
  @FieldResolver(() => PersonStub, { description: "The head (楼栋长/单元长/网格长); name and contact come from the registry, masked by the registry's rules." })
  person(@Root() head: NeighborhoodHead): PersonStub {
    return stub(head.personId);
  }

  @FieldResolver(() => NeighborhoodStub, { description: 'The neighborhood (小区).' })
  neighborhood(@Root() head: NeighborhoodHead): NeighborhoodStub {
    return stub(head.neighborhoodId);
  }

  @FieldResolver(() => BuildingStub, { nullable: true, description: 'The building (楼栋), for building and entrance heads.' })
  building(@Root() head: NeighborhoodHead): BuildingStub | null {
    return head.buildingId ? stub(head.buildingId) : null;
  }

  @FieldResolver(() => PartyOrganization, { description: 'The branch that appointed them (任命党组织).' })
  async organization(@Root() head: NeighborhoodHead, @Ctx() ctx: PartyContext): Promise<PartyOrganization> {
    return (await ctx.loaders.organization.load(head.organizationId))!;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the head is a party member (党员楼栋长).' })
  async partyMember(@Root() head: NeighborhoodHead, @Ctx() ctx: PartyContext): Promise<boolean> {
    return (await ctx.loaders.memberOfPerson.load(head.personId)) !== null;
  }

  @FieldResolver(() => Boolean, { description: "Whether the appointment is in force today (在任), by the server's clock." })
  inForce(@Root() head: NeighborhoodHead, @Ctx() ctx: PartyContext): boolean {
    return isInForce(head, serverDay(ctx.clock));
  }

  @Query(() => NeighborhoodHead, { description: 'One head appointment (三长) by id: for the area offices, the branch, the organisations serving the neighborhood and the head themself.' })
  async neighborhoodHead(@Arg('id', () => ID, { description: 'Appointment id.' }) id: string, @Ctx() ctx: PartyContext): Promise<NeighborhoodHead> {
    const head = await ctx.loaders.heads.head.load(requireId(id));
    if (!head || !(await mayReadHead(ctx, head))) throw notFound('NeighborhoodHead', id);
    return head;
  }

  @Mutation(() => NeighborhoodHead, {
    description: "Appoints a building, entrance or grid head (任命三长) in a neighborhood whose branch the caller is responsible for. One head in office per building, entrance or grid.",
  })
  async appointNeighborhoodHead(
    @Arg('input', () => AppointNeighborhoodHeadInput, { description: 'What to record.' }) input: AppointNeighborhoodHeadInput,
    @Ctx() ctx: PartyContext,
  ): Promise<NeighborhoodHead> {
    checkHeadPlace(input);
    checkTerm(input.termStart, input.termEnd);
    const [building] = input.buildingId ? await loadRegisteredPlaces(ctx, [input.buildingId], RegisteredPlaceLevel.BUILDING, 'buildingId') : [null];
    const [neighborhood] = await loadRegisteredPlaces(ctx, [building?.neighborhoodId ?? input.neighborhoodId!], RegisteredPlaceLevel.NEIGHBORHOOD, 'neighborhoodId');
    const branch = await ctx.loaders.branchOfNeighborhood.load(neighborhood.id);
    assertMayManageHeads(ctx.caller, branch, 'appoint heads');
    const gridName = input.gridName?.trim() ?? null;
    const entranceNumber = input.entranceNumber ?? null;
    const holders = await ctx.loaders.heads.headsOfNeighborhood.load(neighborhood.id);
    const samePlace = holders.filter((head) => head.kind === input.kind && head.buildingId === (building?.id ?? null) && head.entranceNumber === entranceNumber && head.gridName === gridName);
    if (samePlace.some((head) => head.termStart <= input.termEnd && input.termStart <= head.termEnd && (head.endedOn === null || head.endedOn > input.termStart))) {
      throw conflict(`This ${input.kind === 'GRID_HEAD' ? 'grid' : input.kind === 'ENTRANCE_HEAD' ? 'entrance' : 'building'} already has a head for part of that term: end that appointment first.`);
    }
    const head = ctx.em.create(NeighborhoodHead, {
      kind: input.kind,
      selection: input.selection,
      personId: input.personId.toLowerCase(),
      organizationId: branch.id,
      neighborhoodId: neighborhood.id,
      buildingId: building?.id ?? null,
      entranceNumber,
      gridName,
      termStart: input.termStart,
      termEnd: input.termEnd,
      appointedBy: ctx.caller.subject,
      districtId: neighborhood.districtId,
      streetId: neighborhood.streetId,
      communityId: neighborhood.communityId,
    });
    recordHeadEvent(ctx.em, head, 'party.head.appointed');
    await ctx.em.flush();
    return head;
  }

  @Mutation(() => NeighborhoodHead, { description: 'Ends a head appointment early (免职/辞任) on today\'s date; the record stays as history. The party office responsible for the branch.' })
  async endNeighborhoodHead(
    @Arg('input', () => EndNeighborhoodHeadInput, { description: 'Which appointment and why.' }) input: EndNeighborhoodHeadInput,
    @Ctx() ctx: PartyContext,
  ): Promise<NeighborhoodHead> {
    const head = await ctx.loaders.heads.head.load(requireId(input.headId, 'headId'));
    if (!head || !(await mayReadHead(ctx, head))) throw notFound('NeighborhoodHead', input.headId);
    assertMayManageHeads(ctx.caller, await ctx.loaders.organization.load(head.organizationId), 'end heads');
    if (head.version !== input.expectedVersion) {
      throw conflict(`This appointment is at version ${head.version}, not ${input.expectedVersion}: someone changed it since you read it. Reload and try again.`);
    }
    const day = serverDay(ctx.clock);
    if (head.endedOn !== null || head.termEnd < day) throw conflict('This appointment has already ended or its term is over.');
    // One not yet begun is withdrawn: it ends on its first day, so it never was in force.
    head.endedOn = day < head.termStart ? head.termStart : day;
    head.endedBy = ctx.caller.subject;
    head.endReason = input.reason.trim();
    recordHeadEvent(ctx.em, head, 'party.head.ended');
    await ctx.em.flush();
    return head;
  }
}

@Resolver(() => NeighborhoodStub)
export class NeighborhoodHeadsResolver {
  @FieldResolver(() => [NeighborhoodHead], {
    description: "The neighborhood's building, entrance and grid heads (三长), in office unless includeEnded. Empty for callers who may not read them.",
  })
  async neighborhoodHeads(@Root() neighborhood: NeighborhoodStub, @Args(() => HeadListArgs) args: HeadListArgs, @Ctx() ctx: PartyContext): Promise<NeighborhoodHead[]> {
    return visibleHeads(ctx, await ctx.loaders.heads.headsOfNeighborhood.load(neighborhood.id), args.includeEnded);
  }
}

@Resolver(() => PersonStub)
export class PersonHeadsResolver {
  @FieldResolver(() => [NeighborhoodHead], { description: "The person's head appointments (三长任职) the caller may read, in office unless includeEnded." })
  async neighborhoodHeadPosts(@Root() person: PersonStub, @Args(() => HeadListArgs) args: HeadListArgs, @Ctx() ctx: PartyContext): Promise<NeighborhoodHead[]> {
    return visibleHeads(ctx, await ctx.loaders.heads.headsOfPerson.load(person.id), args.includeEnded);
  }
}
