import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../party.loaders.js';
import { CommunityStub, NeighborhoodStub, PersonStub, stub } from '../stubs/registry.stub.js';
import { today } from '../post/post-term.js';
import { CrossAppointment } from './cross-appointment.entity.js';
import { CROSS_APPOINTMENT_RULES, CrossAppointmentStatus, crossAppointmentStatus } from './cross-appointment-kinds.js';
import { Organization, resolveOrganization, type OrganizationValue } from './organization-ref.js';
import { AppointCrossPostInput, EndCrossAppointmentInput } from './cross-appointment.input.js';
import { appointCrossPost, endCrossAppointment } from './cross-appointment.service.js';

@Resolver(() => CrossAppointment)
export class CrossAppointmentResolver {
  @FieldResolver(() => PersonStub, { description: 'The person appointed (任职人).' })
  person(@Root() appointment: CrossAppointment): PersonStub {
    return stub(appointment.personId);
  }

  @FieldResolver(() => String, { description: 'Title in Chinese (职务名称), e.g. 第一书记.' })
  title(@Root() appointment: CrossAppointment): string {
    return CROSS_APPOINTMENT_RULES[appointment.kind].title;
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The organisation of the person's own post (本职单位)." })
  home(@Root() appointment: CrossAppointment, @Ctx() ctx: PartyContext): Promise<OrganizationValue | null> {
    return resolveOrganization({ type: appointment.homeType, id: appointment.homeId }, (id) => ctx.loaders.organization.load(id));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation they serve in (兼职单位).' })
  host(@Root() appointment: CrossAppointment, @Ctx() ctx: PartyContext): Promise<OrganizationValue | null> {
    return resolveOrganization({ type: appointment.hostType, id: appointment.hostId }, (id) => ctx.loaders.organization.load(id));
  }

  @FieldResolver(() => CommunityStub, { description: 'The community where it applies (所在社区).' })
  community(@Root() appointment: CrossAppointment): CommunityStub {
    return stub(appointment.communityId);
  }

  @FieldResolver(() => NeighborhoodStub, { nullable: true, description: 'The neighborhood where it applies, when it is for one (所在小区).' })
  neighborhood(@Root() appointment: CrossAppointment): NeighborhoodStub | null {
    return appointment.neighborhoodId ? stub(appointment.neighborhoodId) : null;
  }

  @FieldResolver(() => CrossAppointmentStatus, { description: 'In force today, upcoming, or ended (任职状态).' })
  status(@Root() appointment: CrossAppointment): CrossAppointmentStatus {
    return crossAppointmentStatus(appointment, today());
  }

  @Mutation(() => CrossAppointment, {
    description:
      'Records a cross-appointment (交叉任职): the district, street or community office over the place, or the branch responsible for a party host. Kind, home and host must match.',
  })
  appointCrossPost(@Arg('input', () => AppointCrossPostInput, { description: 'The appointment.' }) input: AppointCrossPostInput, @Ctx() ctx: PartyContext): Promise<CrossAppointment> {
    return appointCrossPost(ctx, input);
  }

  @Mutation(() => CrossAppointment, { description: 'Ends a cross-appointment early (提前离任): whoever may appoint it. Takes the version read (stale → CONFLICT) and a reason; the row stays, with who ended it and when (server clock).' })
  endCrossAppointment(@Arg('input', () => EndCrossAppointmentInput, { description: 'Which, the version read, the last day served and why.' }) input: EndCrossAppointmentInput, @Ctx() ctx: PartyContext): Promise<CrossAppointment> {
    return endCrossAppointment(ctx, input);
  }
}
