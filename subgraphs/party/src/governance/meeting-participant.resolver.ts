import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../party.loaders.js';
import { MeetingParticipant } from './meeting-participant.type.js';
import { Organization, resolveOrganization, type OrganizationValue } from './organization-ref.js';

@Resolver(() => MeetingParticipant)
export class MeetingParticipantResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation they spoke for (所属组织); null for a resident.' })
  organization(@Root() participant: MeetingParticipant, @Ctx() ctx: PartyContext): Promise<OrganizationValue | null> {
    const ref = participant.stored.organization;
    return ref ? resolveOrganization(ref, (id) => ctx.loaders.organization.load(id)) : Promise.resolve(null);
  }
}
