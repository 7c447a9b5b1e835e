import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../party.loaders.js';
import { PersonStub } from '../stubs/registry.stub.js';
import { NeighborhoodHead } from './neighborhood-head.entity.js';
import { HeadListArgs } from './neighborhood-head.input.js';
import { visibleHeads } from './neighborhood-head-lookup.js';

@Resolver(() => PersonStub)
export class PersonHeadsResolver {
  @FieldResolver(() => [NeighborhoodHead], { description: "The person's head appointments (三长任职) the caller may read, in office unless includeEnded." })
  async neighborhoodHeadPosts(@Root() person: PersonStub, @Args(() => HeadListArgs) args: HeadListArgs, @Ctx() ctx: PartyContext): Promise<NeighborhoodHead[]> {
    return visibleHeads(ctx, await ctx.loaders.heads.headsOfPerson.load(person.id), args.includeEnded);
  }
}
