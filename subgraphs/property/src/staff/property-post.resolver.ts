import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { badUserInput, conflict, notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { PropertyContext } from '../property.loaders.js';
import { requireActingCompany } from '../access/area-management.js';
import { isInScope } from '../access/property-scope.js';
import { PersonStub } from '../stubs/registry.stub.js';
import { ServiceContract } from '../contract/service-contract.entity.js';
import { loadActiveContract } from '../contract/contract-lookup.js';
import { PropertyPost } from './property-post.entity.js';
import { PropertyPostKind } from './property-post-kind.js';
import { AppointPropertyPostInput, EndPropertyPostInput } from './property-post.input.js';

@Resolver(() => PropertyPost)
export class PropertyPostResolver {
  @FieldResolver(() => PersonStub, { description: 'Who holds the post.' })
  person(@Root() post: PropertyPost): PersonStub {
    return { id: post.personId };
  }

  @FieldResolver(() => ServiceContract, { description: 'The contract (project) the post serves.' })
  async contract(@Root() post: PropertyPost, @Ctx() ctx: PropertyContext): Promise<ServiceContract> {
    return (await ctx.loaders.contract.load(post.contractId))!;
  }

  @Mutation(() => PropertyPost, { description: 'Appoints project staff. The company itself, on its own active contracts; one project manager at a time.' })
  async appointPropertyPost(
    @Arg('input', () => AppointPropertyPostInput, { description: 'What to record.' }) input: AppointPropertyPostInput,
    @Ctx() ctx: PropertyContext,
  ): Promise<PropertyPost> {
    requireActingCompany(ctx.caller, 'appoint its project staff');
    const contract = await loadActiveContract(ctx, input.contractId, 'contractId');
    if (input.startsOn < contract.startsOn) throw badUserInput(`startsOn must be on or after the contract's start (${contract.startsOn}).`, { field: 'startsOn' });
    if (input.kind === PropertyPostKind.PROJECT_MANAGER) {
      const current = await ctx.em.count(PropertyPost, { contractId: contract.id, kind: PropertyPostKind.PROJECT_MANAGER, endsOn: null });
      if (current > 0) throw conflict('This project already has a project manager: end that term first.');
    }
    const post = ctx.em.create(PropertyPost, {
      contractId: contract.id,
      companyId: contract.companyId,
      personId: input.personId.toLowerCase(),
      kind: input.kind,
      startsOn: input.startsOn,
      neighborhoodId: contract.neighborhoodId,
      communityId: contract.communityId,
      streetId: contract.streetId,
      districtId: contract.districtId,
    });
    await ctx.em.flush();
    return post;
  }

  @Mutation(() => PropertyPost, { description: 'Ends a term of project staff. The company itself.' })
  async endPropertyPost(
    @Arg('input', () => EndPropertyPostInput, { description: 'What to record.' }) input: EndPropertyPostInput,
    @Ctx() ctx: PropertyContext,
  ): Promise<PropertyPost> {
    requireActingCompany(ctx.caller, 'end its project staff terms');
    const post = await ctx.em.findOne(PropertyPost, { id: requireId(input.id) });
    if (!post || !isInScope(await ctx.loaders.scope(), post, post.companyId)) throw notFound('PropertyPost', input.id);
    if (post.endsOn !== null) throw conflict(`This term already ended on ${post.endsOn}.`);
    if (input.endsOn <= post.startsOn) throw badUserInput(`endsOn must be after the term's start (${post.startsOn}).`, { field: 'endsOn' });
    post.endsOn = input.endsOn;
    await ctx.em.flush();
    return post;
  }
}
