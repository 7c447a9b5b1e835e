import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { PostSummaryScalar, type PostSummary } from '../../../platform/governance/post-summary.js';
import type { PropertyContext } from '../property.loaders.js';
import { PersonStub } from '../stubs/registry.stub.js';
import { summarizePost } from './governance.rules.js';

/** The posts this subgraph keeps for a person, summarised for `Person.posts` (merged by the party subgraph). */
@Resolver(() => PersonStub)
export class PersonPropertyPostSummariesResolver {
  @Directive('@inaccessible')
  @FieldResolver(() => [PostSummaryScalar.hidden], { description: "The person's posts kept here that the caller may read, summarised for Person.posts." })
  async propertyPostSummaries(@Root() person: PersonStub, @Ctx() ctx: PropertyContext): Promise<PostSummary[]> {
    return (await ctx.loaders.postsOfPerson.load(person.id)).map(summarizePost);
  }
}
