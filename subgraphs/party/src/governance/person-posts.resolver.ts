import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PostSummary } from '../../../platform/governance/post-summary.js';
import type { PartyContext } from '../party.loaders.js';
import { PersonStub } from '../stubs/registry.stub.js';
import { visiblePartyPosts } from '../post/post-lookup.js';
import { PartyPostKind } from '../post/post-kinds.js';
import { CrossAppointment } from './cross-appointment.entity.js';
import { CROSS_APPOINTMENT_RULES } from './cross-appointment-kinds.js';
import { canReadAppointment } from './cross-appointment-lookup.js';
import { PersonPost } from './person-post.type.js';

const PARTY_POST_TITLES: Record<PartyPostKind, string> = {
  SECRETARY: '书记',
  DEPUTY_SECRETARY: '副书记',
  COMMITTEE_MEMBER: '委员',
  PART_TIME_COMMITTEE_MEMBER: '兼职委员',
  GROUP_LEADER: '党小组组长',
};

function post(fields: Omit<PersonPost, 'crossAppointment'> & { crossAppointment?: CrossAppointment | null }): PersonPost {
  return Object.assign(new PersonPost(), { crossAppointment: null, ...fields });
}

const SUMMARY_SELECTION = 'propertyPostSummaries ownersPostSummaries cobuildingPostSummaries';

@Resolver(() => PersonStub)
export class PersonGovernanceResolver {
  @FieldResolver(() => [CrossAppointment], {
    description:
      "The person's cross-appointments, latest term first (交叉任职): for the area offices over them, the party office of a party side, the home or host organisation, and the person.",
  })
  async crossAppointments(@Root() person: PersonStub, @Ctx() ctx: PartyContext): Promise<CrossAppointment[]> {
    const rows = await ctx.loaders.crossAppointmentsOfPerson.load(person.id);
    const visible = await Promise.all(rows.map((row) => canReadAppointment(ctx, row)));
    return rows.filter((_row, index) => visible[index]);
  }

  @Directive(`@requires(fields: "${SUMMARY_SELECTION}")`)
  @FieldResolver(() => [PersonPost], {
    description:
      "Every post of the person you may see, latest first (人员任职): party posts, cross-appointments, and posts in property companies, owners' committees and joint-building units, each as its own subgraph allows.",
  })
  async posts(@Root() person: PersonStub, @Ctx() ctx: PartyContext): Promise<PersonPost[]> {
    const [partyPosts, appointments] = await Promise.all([visiblePartyPosts(ctx, person.id), this.crossAppointments(person, ctx)]);
    const summaries = (source: string, list: PostSummary[] | undefined) =>
      (list ?? []).map((summary) =>
        post({ organizationRef: { type: summary.organizationType, id: summary.organizationId }, kind: summary.kind, title: summary.title, since: summary.since, until: summary.until, source }),
      );
    const all = [
      ...partyPosts.map((row) =>
        post({ organizationRef: { type: 'PartyOrganization', id: row.organizationId }, kind: row.kind, title: PARTY_POST_TITLES[row.kind], since: row.termStart, until: row.termEnd, source: 'party' }),
      ),
      ...appointments.map((row) =>
        post({
          organizationRef: { type: row.hostType, id: row.hostId },
          kind: row.kind,
          title: CROSS_APPOINTMENT_RULES[row.kind].title,
          since: row.termStart,
          until: row.endedOn ?? row.termEnd,
          source: 'party',
          crossAppointment: row,
        }),
      ),
      ...summaries('property', person.propertyPostSummaries),
      ...summaries('owners', person.ownersPostSummaries),
      ...summaries('cobuilding', person.cobuildingPostSummaries),
    ];
    // Latest first; posts without a first day last.
    return all.sort((a, b) => (b.since ?? '').localeCompare(a.since ?? ''));
  }
}
