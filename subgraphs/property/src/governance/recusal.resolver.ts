import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { isId } from '../../../platform/ids/id.js';
import type { PropertyContext } from '../property.loaders.js';
import { PersonStub } from '../stubs/registry.stub.js';
import { PropertyCompany } from '../company/property-company.entity.js';
import { JointMeetingStub } from '../stubs/party.stub.js';
import { OwnersMotionStub } from '../stubs/owners.stub.js';
import { Recusal } from './recusal.js';

/** Ids as the gateway brought them, normalised; anything that is not an id cannot match a post and is dropped. */
const ids = (values: readonly (string | null | undefined)[] | null | undefined): string[] =>
  (values ?? []).filter((value): value is string => typeof value === 'string' && isId(value)).map((value) => value.toLowerCase());

/*
 * Recusal flags are shown to whoever may read the motion or meeting: its own subgraph checked that before the
 * gateway asked here, and the ids come only from that subgraph (the fields are @inaccessible to clients). A
 * conflict of interest in a decision is meant to be disclosed (回避公示), so the flag does not follow the caller's
 * property scope the way Person.propertyPosts does.
 */

@Resolver(() => OwnersMotionStub)
export class OwnersMotionRecusalResolver {
  @Directive('@requires(fields: "concernedCompanyId committeeMemberPersonIds")')
  @FieldResolver(() => [Recusal], {
    description: 'Committee members who should recuse themselves (回避): those holding a post today in the property company the motion concerns.',
  })
  recusals(@Root() motion: OwnersMotionStub, @Ctx() ctx: PropertyContext): Promise<Recusal[]> {
    return ctx.loaders.recusals.load({ personIds: ids(motion.committeeMemberPersonIds), companyIds: ids([motion.concernedCompanyId]) });
  }
}

@Resolver(() => JointMeetingStub)
export class JointMeetingRecusalResolver {
  @Directive('@requires(fields: "concernedCompanyIds participantPersonIds")')
  @FieldResolver(() => [Recusal], {
    description: 'Participants who should recuse themselves (回避): those holding a post today in a property company concerned by the matters discussed.',
  })
  recusals(@Root() meeting: JointMeetingStub, @Ctx() ctx: PropertyContext): Promise<Recusal[]> {
    return ctx.loaders.recusals.load({ personIds: ids(meeting.participantPersonIds), companyIds: ids(meeting.concernedCompanyIds) });
  }
}

@Resolver(() => Recusal)
export class RecusalResolver {
  @FieldResolver(() => PersonStub, { description: 'Who should recuse (回避人).' })
  person(@Root() recusal: Recusal): PersonStub {
    return { id: recusal.personId };
  }

  @FieldResolver(() => PropertyCompany, { description: 'The company concerned in which they hold the post (所涉物业企业).' })
  async company(@Root() recusal: Recusal, @Ctx() ctx: PropertyContext): Promise<PropertyCompany> {
    return (await ctx.loaders.company.load(recusal.companyId))!;
  }
}
