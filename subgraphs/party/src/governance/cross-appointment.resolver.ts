import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { assertVersion } from '../organization/organization-change.service.js';
import { badUserInput, conflict, notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { PostOrganizationType } from '../../../platform/governance/post-summary.js';
import type { PartyContext } from '../party.loaders.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { PartyOrganizationKind } from '../organization/organization-kind.js';
import { CommunityStub, NeighborhoodStub, PersonStub, stub } from '../stubs/registry.stub.js';
import { checkTerm, termsOverlap, today } from '../post/post-term.js';
import { CrossAppointment } from './cross-appointment.entity.js';
import { CROSS_APPOINTMENT_RULES, CrossAppointmentStatus, crossAppointmentStatus } from './cross-appointment-kinds.js';
import { mayReadAppointment, type GovernancePlace } from './governance.access.js';
import { assertMayAppoint, assertMayEndCrossAppointment } from './cross-appointment.access.js';
import { Organization, resolveOrganization, type OrganizationRef, type OrganizationValue } from './organization-ref.js';
import { AppointCrossPostInput, EndCrossAppointmentInput } from './cross-appointment.input.js';

/** The party organisations on either side of an appointment, loaded; missing ones are left out. */
export async function partySidesOf(ctx: PartyContext, appointment: CrossAppointment): Promise<PartyOrganization[]> {
  const ids = [appointment.homeType === 'PartyOrganization' ? appointment.homeId : null, appointment.hostType === 'PartyOrganization' ? appointment.hostId : null];
  const rows = await ctx.loaders.organization.loadMany(ids.filter((id): id is string => id !== null));
  return rows.filter((row): row is PartyOrganization => row instanceof PartyOrganization);
}

export async function canReadAppointment(ctx: PartyContext, appointment: CrossAppointment): Promise<boolean> {
  return mayReadAppointment(ctx.caller, appointment, await partySidesOf(ctx, appointment));
}

export async function loadVisibleAppointment(ctx: PartyContext, id: string, field = 'id'): Promise<CrossAppointment> {
  const appointment = await ctx.loaders.crossAppointment.load(requireId(id, field));
  if (!appointment || !(await canReadAppointment(ctx, appointment))) throw notFound('CrossAppointment', id);
  return appointment;
}

/** A party organisation named as home or host must exist here and lie in the place the appointment applies to. */
async function checkPartySide(ctx: PartyContext, ref: OrganizationRef, place: GovernancePlace, side: 'home' | 'host', kinds?: readonly PartyOrganizationKind[]): Promise<PartyOrganization> {
  const organization = await ctx.loaders.organization.load(requireId(ref.id, `${side}.id`));
  if (!organization) throw badUserInput(`${side}.id is not a party organisation: name one of the party subgraph (partyOrganizations).`, { field: `${side}.id` });
  if (kinds && !kinds.includes(organization.kind)) {
    throw badUserInput(`${side} must be a party organisation of kind ${kinds.join(' or ')}; ${organization.name} is a ${organization.kind}.`, { field: `${side}.id` });
  }
  const inPlace =
    organization.kind === PartyOrganizationKind.STREET_WORKING_COMMITTEE ? organization.streetId === place.streetId : organization.communityId === place.communityId;
  const coversNeighborhood = place.neighborhoodId === null || organization.kind !== PartyOrganizationKind.NEIGHBORHOOD_BRANCH || organization.neighborhoodIds.includes(place.neighborhoodId);
  if (!inPlace || !coversNeighborhood) {
    throw badUserInput(`${organization.name} is not in the community or neighborhood of placeCertificate: appoint within the place the certificate names.`, { field: `${side}.id` });
  }
  return organization;
}

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
  async appointCrossPost(@Arg('input', () => AppointCrossPostInput, { description: 'The appointment.' }) input: AppointCrossPostInput, @Ctx() ctx: PartyContext): Promise<CrossAppointment> {
    const certified = ctx.readPlaceCertificate(input.placeCertificate);
    const place: GovernancePlace = certified;
    const rule = CROSS_APPOINTMENT_RULES[input.kind];
    const home: OrganizationRef = { type: input.home.type, id: requireId(input.home.id, 'home.id') };
    const host: OrganizationRef = { type: input.host.type, id: requireId(input.host.id, 'host.id') };
    for (const [side, ref, expected] of [['home', home, rule.home], ['host', host, rule.host]] as const) {
      if (ref.type !== expected) {
        throw badUserInput(`A ${input.kind} comes from a ${rule.home} and serves in a ${rule.host}: ${side} must be a ${expected}, not a ${ref.type}.`, { field: `${side}.type` });
      }
    }
    if (home.type === 'Community' && home.id !== place.communityId) {
      throw badUserInput("home is a community other than the placeCertificate's: appoint community staff where their community is.", { field: 'home.id' });
    }
    const partyHost = host.type === 'PartyOrganization' ? await checkPartySide(ctx, host, place, 'host', rule.hostPartyKinds) : null;
    if (home.type === 'PartyOrganization') await checkPartySide(ctx, home, place, 'home');
    assertMayAppoint(ctx.caller, place, partyHost);
    checkTerm(input.termStart, input.termEnd);
    const personId = input.personId.toLowerCase();
    const held = await ctx.loaders.crossAppointmentsOfPerson.load(personId);
    const term = { termStart: input.termStart, termEnd: input.termEnd };
    if (held.some((other) => other.kind === input.kind && other.hostId === host.id && termsOverlap({ termStart: other.termStart, termEnd: other.endedOn ?? other.termEnd }, term))) {
      throw conflict('This person already holds this appointment in that organisation for part of that term.');
    }
    const appointment = ctx.em.create(CrossAppointment, {
      personId,
      kind: input.kind,
      homeType: home.type as PostOrganizationType,
      homeId: home.id,
      hostType: host.type as PostOrganizationType,
      hostId: host.id,
      districtId: place.districtId,
      streetId: place.streetId,
      communityId: place.communityId,
      neighborhoodId: place.neighborhoodId,
      ...term,
    });
    await ctx.em.flush();
    return appointment;
  }

  @Mutation(() => CrossAppointment, { description: 'Ends a cross-appointment early (提前离任): whoever may appoint it. Takes the version read (stale → CONFLICT) and a reason; the row stays, with who ended it and when (server clock).' })
  async endCrossAppointment(@Arg('input', () => EndCrossAppointmentInput, { description: 'Which, the version read, the last day served and why.' }) input: EndCrossAppointmentInput, @Ctx() ctx: PartyContext): Promise<CrossAppointment> {
    const appointment = await loadVisibleAppointment(ctx, input.id);
    const partyHost = appointment.hostType === 'PartyOrganization' ? await ctx.loaders.organization.load(appointment.hostId) : null;
    assertMayEndCrossAppointment(ctx.caller, appointment, partyHost);
    if (appointment.endedOn !== null) throw conflict(`This appointment was already ended on ${appointment.endedOn}.`);
    assertVersion(appointment, input.expectedVersion, 'appointment');
    const endedOn = input.endedOn ?? today();
    if (endedOn < appointment.termStart || endedOn > appointment.termEnd) {
      throw badUserInput(`endedOn must lie within the term, ${appointment.termStart} to ${appointment.termEnd}.`, { field: 'endedOn' });
    }
    appointment.endedOn = endedOn;
    appointment.endedAt = ctx.clock.now();
    appointment.endedBy = ctx.caller.subject;
    appointment.endReason = input.reason.trim();
    await ctx.em.flush();
    return appointment;
  }
}
