import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../party.loaders.js';
import { Organization, resolveOrganization, type OrganizationValue } from './organization-ref.js';
import { PersonPost } from './person-post.type.js';

@Resolver(() => PersonPost)
export class PersonPostResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation of the post (任职组织).' })
  organization(@Root() personPost: PersonPost, @Ctx() ctx: PartyContext): Promise<OrganizationValue | null> {
    return resolveOrganization(personPost.organizationRef, (id) => ctx.loaders.organization.load(id));
  }
}
