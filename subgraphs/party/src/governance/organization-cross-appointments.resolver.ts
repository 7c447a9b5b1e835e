import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import { assertMayListCrossAppointmentsOf } from './cross-appointment.access.js';
import type { PartyContext } from '../party.loaders.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { CrossAppointment } from './cross-appointment.entity.js';
import { CrossAppointmentStatus } from './cross-appointment-kinds.js';
import { CrossAppointmentConnection } from './organization-cross-appointments.type.js';

/** The SQL form of `crossAppointmentStatus` on `day`: ended early or past its end, upcoming, or in force. */
export function crossAppointmentStatusWhere(status: CrossAppointmentStatus, day: string): FilterQuery<CrossAppointment> {
  switch (status) {
    case CrossAppointmentStatus.ENDED:
      return { $or: [{ termEnd: { $lt: day } }, { endedOn: { $lt: day } }] };
    case CrossAppointmentStatus.UPCOMING:
      return { termStart: { $gt: day }, $or: [{ endedOn: null }, { endedOn: { $gte: day } }] };
    default:
      return { termStart: { $lte: day }, termEnd: { $gte: day }, $or: [{ endedOn: null }, { endedOn: { $gte: day } }] };
  }
}

@Resolver(() => PartyOrganization)
export class OrganizationCrossAppointmentsResolver {
  @FieldResolver(() => CrossAppointmentConnection, {
    description:
      'Cross-appointments with this organisation on either side (交叉任职: its people serving elsewhere, and others serving in it), by term start. Its own party office (and the offices above it).',
  })
  async crossAppointments(
    @Root() organization: PartyOrganization,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => CrossAppointmentStatus, { nullable: true, description: "Only those with this status today (server day): ACTIVE, UPCOMING or ENDED." }) status: CrossAppointmentStatus | undefined,
    @Ctx() ctx: PartyContext,
  ) {
    assertMayListCrossAppointmentsOf(ctx.caller, organization);
    const day = ctx.clock.now().toISOString().slice(0, 10);
    const sides: FilterQuery<CrossAppointment> = {
      $or: [
        { homeType: 'PartyOrganization', homeId: organization.id },
        { hostType: 'PartyOrganization', hostId: organization.id },
      ],
    };
    const where = status ? { $and: [sides, crossAppointmentStatusWhere(status, day)] } : sides;
    return findPage(ctx.em, CrossAppointment, where as FilterQuery<CrossAppointment>, page, 'termStart');
  }
}
