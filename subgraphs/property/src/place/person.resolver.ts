import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PropertyContext } from '../property.loaders.js';
import { PropertyPost } from '../staff/property-post.entity.js';
import { PersonStub } from '../stubs/registry.stub.js';

@Resolver(() => PersonStub)
export class PersonPropertyResolver {
  @FieldResolver(() => [PropertyPost], { description: "The person's property project posts you may read (物业项目任职), newest term first." })
  propertyPosts(@Root() person: PersonStub, @Ctx() ctx: PropertyContext): Promise<PropertyPost[]> {
    return ctx.loaders.postsOfPerson.load(person.id);
  }
}
