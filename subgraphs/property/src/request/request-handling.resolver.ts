import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { PropertyContext } from '../property.loaders.js';
import { isInScope } from '../access/property-scope.js';
import { PropertyPost } from '../staff/property-post.entity.js';
import { ServiceRequest } from './service-request.entity.js';
import { ServiceRequestAction } from './request-kinds.js';
import { takeStep } from './request-step.service.js';
import { assignRequest, dispatchRequest } from './request-handling.service.js';
import { AssignServiceRequestInput, DispatchServiceRequestInput, ReasonedRequestStepInput } from './request-handling.input.js';

const REASONED = { description: 'Which request, the version you read, and why.' };

/** The steps beyond the happy path: decline, hand to the community and dispatch, cancel, assign, withdraw. */
@Resolver(() => ServiceRequest)
export class ServiceRequestHandlingResolver {
  @Mutation(() => ServiceRequest, { description: 'Declines a submitted or reopened request, with the reason the resident reads (不予受理). The serving company.' })
  declineServiceRequest(@Arg('input', () => ReasonedRequestStepInput, REASONED) input: ReasonedRequestStepInput, @Ctx() ctx: PropertyContext) {
    return takeStep(ctx, input.id, ServiceRequestAction.DECLINE, { note: input.reason, expectedVersion: input.expectedVersion });
  }

  @Mutation(() => ServiceRequest, {
    description: "Hands a request that is not the company's business to the community (转交社区), before work starts; the community or street dispatches it on. The serving company.",
  })
  transferServiceRequest(@Arg('input', () => ReasonedRequestStepInput, REASONED) input: ReasonedRequestStepInput, @Ctx() ctx: PropertyContext) {
    return takeStep(ctx, input.id, ServiceRequestAction.TRANSFER, {
      note: input.reason,
      expectedVersion: input.expectedVersion,
      apply: (request) => {
        request.assigneePostId = null;
      },
    });
  }

  @Mutation(() => ServiceRequest, {
    description: 'Dispatches a handed-over request to the company serving a neighborhood of your area today (派单); it starts again as SUBMITTED. A COMMUNITY worker of its community or a STREET worker of its street.',
  })
  dispatchServiceRequest(@Arg('input', () => DispatchServiceRequestInput, REASONED) input: DispatchServiceRequestInput, @Ctx() ctx: PropertyContext) {
    return dispatchRequest(ctx, input);
  }

  @Mutation(() => ServiceRequest, { description: 'Cancels an accepted or in-progress request that cannot be carried out, with the reason (撤销, e.g. a duplicate). The serving company.' })
  cancelServiceRequest(@Arg('input', () => ReasonedRequestStepInput, REASONED) input: ReasonedRequestStepInput, @Ctx() ctx: PropertyContext) {
    return takeStep(ctx, input.id, ServiceRequestAction.CANCEL, { note: input.reason, expectedVersion: input.expectedVersion });
  }

  @Mutation(() => ServiceRequest, { description: 'Assigns an open request to a member of the project staff (派工). The serving company, to a post on the request\'s contract held today.' })
  assignServiceRequest(@Arg('input', () => AssignServiceRequestInput, { description: 'Which request, the version you read, and to whom.' }) input: AssignServiceRequestInput, @Ctx() ctx: PropertyContext) {
    return assignRequest(ctx, input);
  }

  @Mutation(() => ServiceRequest, { description: 'Withdraws your own request before the company reports it resolved (撤回). The RESIDENT it is for.' })
  withdrawServiceRequest(@Arg('input', () => ReasonedRequestStepInput, REASONED) input: ReasonedRequestStepInput, @Ctx() ctx: PropertyContext) {
    return takeStep(ctx, input.id, ServiceRequestAction.WITHDRAW, { note: input.reason, expectedVersion: input.expectedVersion });
  }

  @FieldResolver(() => PropertyPost, { nullable: true, description: 'The staff post handling it (承办人岗位), if assigned and you may read the project staff.' })
  async assignee(@Root() request: ServiceRequest, @Ctx() ctx: PropertyContext): Promise<PropertyPost | null> {
    if (!request.assigneePostId) return null;
    const post = await ctx.loaders.post.load(request.assigneePostId);
    return post && isInScope(await ctx.loaders.scope(), post, post.companyId) ? post : null;
  }
}
