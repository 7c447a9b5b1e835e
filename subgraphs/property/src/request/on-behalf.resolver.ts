import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { PropertyContext } from '../property.loaders.js';
import { ServiceRequest } from './service-request.entity.js';
import { ServiceRequestOnBehalf } from './on-behalf.entity.js';
import { SubmitServiceRequestOnBehalfInput } from './on-behalf.input.js';
import { assertHeadCovers, assertMayEnterOnBehalf } from './on-behalf.access.js';
import { enterRequestOnBehalf } from './on-behalf.service.js';

@Resolver(() => ServiceRequest)
export class ServiceRequestOnBehalfResolver {
  @Mutation(() => ServiceRequest, {
    description:
      "A building, entrance or grid head (三长, signed in as a RESIDENT) enters a resident's request on their behalf (代办), for a place their posts cover, with the party subgraph's fresh head statement. The resident sees it among their requests; the head sees the requests they entered.",
  })
  async submitServiceRequestOnBehalf(
    @Arg('input', () => SubmitServiceRequestOnBehalfInput, { description: 'The statement, the resident, the place and the request.' }) input: SubmitServiceRequestOnBehalfInput,
    @Ctx() ctx: PropertyContext,
  ): Promise<ServiceRequest> {
    const head = assertMayEnterOnBehalf(ctx.caller, input.headCertificate, ctx.statementKeys, ctx.clock.now().getTime());
    const buildingId = input.buildingId?.toLowerCase() ?? null;
    assertHeadCovers(head, input.neighborhoodId.toLowerCase(), buildingId);
    return enterRequestOnBehalf(ctx, head, input, buildingId);
  }

  @FieldResolver(() => ServiceRequestOnBehalf, { nullable: true, description: 'How a head (三长) entered it on the resident\'s behalf (代办), if one did.' })
  async enteredOnBehalf(@Root() request: ServiceRequest, @Ctx() ctx: PropertyContext): Promise<ServiceRequestOnBehalf | null> {
    return (await ctx.loaders.onBehalfOfRequest.load(request.id))[0] ?? null;
  }
}
