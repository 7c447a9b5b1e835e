import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { badUserInput } from '../../../platform/errors/error-codes.js';
import { PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import type { PropertyContext } from '../property.loaders.js';
import { ServiceRequest } from './service-request.entity.js';
import { ServiceRequestConnection } from './service-request.type.js';
import { ServiceRequestFilter } from './request-search.input.js';
import { dueAt, isOverdue, overdueWhere, type RequestTimeLimits } from './request-deadline.js';

/** 诉求查询 and the time limit of each request's current step (办理时限), judged by the server clock. */
@Resolver(() => ServiceRequest)
export class ServiceRequestSearchResolver {
  constructor(private readonly limits: RequestTimeLimits) {}

  @Query(() => ServiceRequestConnection, {
    description:
      'Requests you may read (诉求查询), by tracking number (so oldest first): a resident their own; a company those addressed to it in the neighborhoods it serves; area roles, branches and committees those in their places.',
  })
  async serviceRequests(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ServiceRequestFilter, { nullable: true, description: 'Conditions the listed items must all meet.' }) filter: ServiceRequestFilter | undefined,
    @Ctx() ctx: PropertyContext,
  ) {
    if (filter?.submittedFrom && filter.submittedBefore && filter.submittedFrom >= filter.submittedBefore) {
      throw badUserInput('submittedFrom must be before submittedBefore.', { field: 'submittedBefore' });
    }
    const tracking = filter?.trackingNumber ? `SR${filter.trackingNumber.slice(2).toLowerCase()}` : undefined;
    const conditions: FilterQuery<ServiceRequest>[] = [
      filter?.neighborhoodId ? { neighborhoodId: filter.neighborhoodId.toLowerCase() } : {},
      filter?.companyId ? { companyId: filter.companyId.toLowerCase() } : {},
      filter?.statuses?.length ? { status: { $in: filter.statuses } } : {},
      filter?.category ? { category: filter.category } : {},
      filter?.submittedFrom ? { submittedAt: { $gte: filter.submittedFrom } } : {},
      filter?.submittedBefore ? { submittedAt: { $lt: filter.submittedBefore } } : {},
      tracking ? { trackingNumber: { $like: `${tracking}%` } } : {},
      filter?.overdue !== undefined && filter.overdue !== null ? overdueWhere(this.limits, ctx.clock.now(), filter.overdue) : {},
      await ctx.loaders.visibleRequests(),
    ];
    return findPage(ctx.em, ServiceRequest, { $and: conditions } as never, page, 'trackingNumber');
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the current step is due (办理时限): entry into the state plus its configured limit; null when the state has none.' })
  dueAt(@Root() request: ServiceRequest): Date | null {
    return dueAt(this.limits, request);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the current step is past its time limit now, by the server clock (逾期).' })
  overdue(@Root() request: ServiceRequest, @Ctx() ctx: PropertyContext): boolean {
    return isOverdue(this.limits, request, ctx.clock.now());
  }
}
