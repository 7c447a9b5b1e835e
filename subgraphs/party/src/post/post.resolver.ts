import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { EndPartyPostInput } from './post-end.input.js';
import { endPartyPost } from './post-end.service.js';
import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';
import { assertResponsibleFor } from '../access/party-access.js';
import type { PartyContext } from '../party.loaders.js';
import { PersonStub, stub } from '../stubs/registry.stub.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { PartyOrganizationKind } from '../organization/organization-kinds.js';
import { loadOrganization } from '../organization/organization-lookup.js';
import { PartyPost } from './post.entity.js';
import { PartyPostKind } from './post-kinds.js';
import { checkTerm, termsOverlap } from './post-term.js';
import { AppointPartyPostInput } from './post.input.js';

@Resolver(() => PartyPost)
export class PartyPostResolver {
  @FieldResolver(() => PartyOrganization, { description: 'The organisation the post is in.' })
  async organization(@Root() post: PartyPost, @Ctx() ctx: PartyContext): Promise<PartyOrganization> {
    return (await ctx.loaders.organization.load(post.organizationId))!;
  }

  @FieldResolver(() => PersonStub, { description: 'The person holding the post (任职人).' })
  person(@Root() post: PartyPost): PersonStub {
    return stub(post.personId);
  }

  @Mutation(() => PartyPost, {
    description: "Ends a post before its term is over (提前免职), on the server's day (a post not yet begun never begins); kept with who and why. The organisation's party office.",
  })
  endPartyPost(@Arg('input', () => EndPartyPostInput, { description: 'Which post, the version read, and why.' }) input: EndPartyPostInput, @Ctx() ctx: PartyContext): Promise<PartyPost> {
    return endPartyPost(ctx, input);
  }

  @Mutation(() => PartyPost, { description: 'Appoints a person to a post for a term, in an organisation the caller is responsible for (任职). One secretary per term.' })
  async appointPartyPost(@Arg('input', () => AppointPartyPostInput, { description: 'What to record.' }) input: AppointPartyPostInput, @Ctx() ctx: PartyContext): Promise<PartyPost> {
    const organization = await loadOrganization(ctx, input.organizationId, 'organizationId');
    assertResponsibleFor(ctx.caller, organization, 'appoint posts');
    const isGroup = organization.kind === PartyOrganizationKind.BUILDING_GROUP;
    if (isGroup !== (input.kind === PartyPostKind.GROUP_LEADER)) {
      throw badUserInput(isGroup ? 'A building group has a GROUP_LEADER, no other posts.' : 'GROUP_LEADER is a post of building groups only.', { field: 'kind' });
    }
    if ((input.kind === PartyPostKind.SECRETARY) !== (input.secretaryOrigin !== undefined)) {
      throw badUserInput(
        input.kind === PartyPostKind.SECRETARY ? 'A SECRETARY needs secretaryOrigin: where they came from.' : 'secretaryOrigin applies to a SECRETARY only: leave it out.',
        { field: 'secretaryOrigin' },
      );
    }
    checkTerm(input.termStart, input.termEnd);
    const personId = input.personId.toLowerCase();
    const existing = await ctx.loaders.postsOfOrganization.load(organization.id);
    const term = { termStart: input.termStart, termEnd: input.termEnd };
    if (existing.some((post) => post.personId === personId && post.kind === input.kind && termsOverlap(post, term))) {
      throw conflict('This person already holds this post for part of that term.');
    }
    if ((input.kind === PartyPostKind.SECRETARY || input.kind === PartyPostKind.GROUP_LEADER) && existing.some((post) => post.kind === input.kind && termsOverlap(post, term))) {
      throw conflict(`${organization.name} already has a ${input.kind} for part of that term: end that term first.`);
    }
    const post = ctx.em.create(PartyPost, {
      organizationId: organization.id,
      personId,
      kind: input.kind,
      secretaryOrigin: input.secretaryOrigin ?? null,
      termStart: input.termStart,
      termEnd: input.termEnd,
    });
    await ctx.em.flush();
    return post;
  }
}
