import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { PartyContext } from '../party.loaders.js';
import { BuildingStub, NeighborhoodStub, PersonStub, stub } from '../stubs/registry.stub.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { NeighborhoodHead } from './neighborhood-head.entity.js';
import { AppointNeighborhoodHeadInput, EndNeighborhoodHeadInput } from './neighborhood-head.input.js';
import { isInForce, serverDay } from './neighborhood-head.rules.js';
import { mayReadHead } from './neighborhood-head-lookup.js';
import { appointNeighborhoodHead, endNeighborhoodHead } from './neighborhood-head.service.js';

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
  appointNeighborhoodHead(
    @Arg('input', () => AppointNeighborhoodHeadInput, { description: 'What to record.' }) input: AppointNeighborhoodHeadInput,
    @Ctx() ctx: PartyContext,
  ): Promise<NeighborhoodHead> {
    return appointNeighborhoodHead(ctx, input);
  }

  @Mutation(() => NeighborhoodHead, { description: 'Ends a head appointment early (免职/辞任) on today\'s date; the record stays as history. The party office responsible for the branch.' })
  endNeighborhoodHead(
    @Arg('input', () => EndNeighborhoodHeadInput, { description: 'Which appointment and why.' }) input: EndNeighborhoodHeadInput,
    @Ctx() ctx: PartyContext,
  ): Promise<NeighborhoodHead> {
    return endNeighborhoodHead(ctx, input);
  }
}
