import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../party.loaders.js';
import { PartyMember } from './member.entity.js';
import { canSeeMembership } from './member.access.js';
import { PartyPost } from '../post/post.entity.js';
import { PersonStub } from '../stubs/registry.stub.js';
import { visiblePartyPosts } from '../post/post-lookup.js';

@Resolver(() => PersonStub)
export class PersonPartyResolver {
  @FieldResolver(() => PartyMember, {
    nullable: true,
    description:
      "The person's party membership (党员信息). Sensitive: shown to the party office responsible for the holding organisation and to the person; null otherwise or if not a member.",
  })
  async partyMembership(@Root() person: PersonStub, @Ctx() ctx: PartyContext): Promise<PartyMember | null> {
    const member = await ctx.loaders.memberOfPerson.load(person.id);
    return member && (await canSeeMembership(ctx, member)) ? member : null;
  }

  @FieldResolver(() => [PartyPost], {
    description:
      "The person's posts in party organisations, latest term first (党内职务). You see those of organisations you are responsible for, your own, and as a property company the secretaries of branches covering your neighborhoods.",
  })
  partyPosts(@Root() person: PersonStub, @Ctx() ctx: PartyContext): Promise<PartyPost[]> {
    return visiblePartyPosts(ctx, person.id);
  }

  @Directive('@inaccessible')
  @FieldResolver(() => Boolean, {
    description:
      "Whether the person holds formal or probationary membership. Not visible to clients: for other subgraphs' @requires (e.g. owners' share of party members among committee members), which publish aggregates only.",
  })
  async partyMember(@Root() person: PersonStub, @Ctx() ctx: PartyContext): Promise<boolean> {
    return (await ctx.loaders.memberOfPerson.load(person.id)) !== null;
  }
}
