import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../platform/federation/build-subgraph-schema.js';
import type { SubgraphModule } from '../../platform/federation/subgraph-module.js';
import type { DistrictPlan } from '../../../infra/demo/district-plan.js';
import type { LoaderFactory } from '../../platform/context/request-context.js';
import { PartyOrganizationResolver } from './organization/organization.resolver.js';
import { PartyOrganizationChangeResolver } from './organization/organization-change.resolver.js';
import { PartyMemberResolver } from './member/member.resolver.js';
import { PartyMemberChangeResolver } from './member/member-change.resolver.js';
import { PartyMemberTransferResolver } from './member/member-transfer.resolver.js';
import { PartyPostResolver } from './post/post.resolver.js';
import { CentralHouseholdResolver } from './household/central-household.resolver.js';
import { PartyReportInResolver } from './report-in/report-in.resolver.js';
import { PartyStarRatingResolver } from './rating/star-rating.resolver.js';
import { PartyServiceStationResolver } from './station/service-station.resolver.js';
import { PartyRecordChangeResolver } from './party-record-change.resolver.js';
import { CommunityPartyResolver, DistrictPartyResolver, StreetPartyResolver } from './statistics/area-statistics.resolver.js';
import { NeighborhoodPartyResolver } from './organization/neighborhood-branch.resolver.js';
import { PartyCoverageResolver } from './organization/party-coverage.resolver.js';
import { PersonPartyResolver } from './member/person-party.resolver.js';
import { BuildingStub, CommunityStub, DistrictStub, NeighborhoodStub, PersonStub, StreetStub, UnitStub, registryReferences } from './stubs/registry.stub.js';
import { PropertyCompanyStub } from './stubs/property.stub.js';
import { OwnersCommitteeStub } from './stubs/owners.stub.js';
import { JointBuildingUnitStub } from './stubs/cobuilding.stub.js';
import { PlaceRegisterResolver } from './place/place-register.resolver.js';
import { PlaceRegistrationResolver } from './place/place-registration.resolver.js';
// Evaluated before the other governance resolvers, as it always was: the import order sets the order of mutations in the SDL.
import { CrossAppointmentResolver } from './governance/cross-appointment.resolver.js';
import { organizationReferences } from './organization/organization.reference.js';
import { memberReferences } from './member/member.reference.js';
import { governanceMatterReferences } from './governance/governance-matter.reference.js';
import { jointMeetingReferences } from './governance/joint-meeting.reference.js';
import { crossAppointmentReferences } from './governance/cross-appointment.reference.js';
import { createPartyLoaders } from './party.loaders.js';
import { partyDatabase } from './party.database.js';
import { GovernanceMatterResolver } from './governance/governance-matter.resolver.js';
import { JointMeetingResolver } from './governance/joint-meeting.resolver.js';
import { MatterDeliberationResolver } from './governance/matter-deliberation.resolver.js';
import { MeetingParticipantResolver } from './governance/meeting-participant.resolver.js';
import { OrganizationCrossAppointmentsResolver } from './governance/organization-cross-appointments.resolver.js';
import { PersonGovernanceResolver } from './governance/person-posts.resolver.js';
import { PersonPostResolver } from './governance/person-post.resolver.js';
import { CommunityMatterResultsResolver, DistrictMatterResultsResolver, StreetMatterResultsResolver } from './governance/matter-results.resolver.js';
import { CommunityCommitteePartyShareResolver, DistrictCommitteePartyShareResolver, StreetCommitteePartyShareResolver } from './statistics/committee-party-share.resolver.js';
import { NeighborhoodHeadResolver } from './heads/neighborhood-head.resolver.js';
import { NeighborhoodHeadsResolver } from './heads/neighborhood-heads.resolver.js';
import { PersonHeadsResolver } from './heads/person-heads.resolver.js';
import { CommunityHeadStatisticsResolver, DistrictHeadStatisticsResolver, StreetHeadStatisticsResolver } from './heads/neighborhood-head-statistics.resolver.js';
import { EscalationResolver } from './escalation/escalation.resolver.js';
import { EscalationCallResolver } from './escalation/escalation-call.resolver.js';
import { CommunityEscalationResolver, DistrictEscalationResolver, StreetEscalationResolver } from './escalation/escalation-area.resolver.js';
import { DistrictEscalationLimitsResolver } from './escalation/district-escalation-limits.resolver.js';
import { NeighborhoodEscalationResolver } from './escalation/neighborhood-escalations.resolver.js';
import { startEscalationChecks } from './escalation/escalation-check.job.js';
// Loaded before the service-order resolver, which used to load it (type-graphql orders the schema by load order, which schema/ records).
import { ResponsibilityZoneResolver } from './service-order/responsibility-zone.resolver.js';
import { ServiceOrderResolver } from './service-order/service-order.resolver.js';
import { OrganizationZonesResolver } from './service-order/organization-zones.resolver.js';
import { CommunityServiceOrderResolver, DistrictServiceOrderResolver, StreetServiceOrderResolver } from './service-order/service-order-area.resolver.js';
import { HeadCertificateResolver } from './heads/head-certificate.resolver.js';
import { seedParty } from '../seeders/party.seeder.js';
import { NeighborhoodMattersResolver } from './governance/neighborhood-matters.resolver.js';
import { MatterWithdrawalResolver } from './governance/matter-withdrawal.resolver.js';
import { MeetingReschedulingResolver } from './governance/meeting-rescheduling.resolver.js';
import { CommunityPartyEventCountsResolver, DistrictPartyEventCountsResolver, StreetPartyEventCountsResolver } from './statistics/party-event-counts.resolver.js';

/** The party subgraph's schema: organisations, members, posts, households, report-ins, ratings, stations, and 三方联动. */
export function createPartySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      PartyOrganizationResolver,
      PartyOrganizationChangeResolver,
      CommunityCommitteePartyShareResolver,
      StreetCommitteePartyShareResolver,
      DistrictCommitteePartyShareResolver,
      CommunityMatterResultsResolver,
      StreetMatterResultsResolver,
      DistrictMatterResultsResolver,
      GovernanceMatterResolver,
      JointMeetingResolver,
      MatterDeliberationResolver,
      MeetingParticipantResolver,
      CrossAppointmentResolver,
      OrganizationCrossAppointmentsResolver,
      PersonGovernanceResolver,
      PersonPostResolver,
      PartyMemberResolver,
      PartyMemberChangeResolver,
      PartyMemberTransferResolver,
      PartyPostResolver,
      CentralHouseholdResolver,
      PartyReportInResolver,
      PartyStarRatingResolver,
      PartyServiceStationResolver,
      PartyRecordChangeResolver,
      NeighborhoodPartyResolver,
      PersonPartyResolver,
      DistrictPartyResolver,
      StreetPartyResolver,
      CommunityPartyResolver,
      DistrictPartyEventCountsResolver,
      StreetPartyEventCountsResolver,
      CommunityPartyEventCountsResolver,
      PartyCoverageResolver,
      PlaceRegisterResolver,
      PlaceRegistrationResolver,
      NeighborhoodHeadResolver,
      NeighborhoodHeadsResolver,
      PersonHeadsResolver,
      DistrictHeadStatisticsResolver,
      StreetHeadStatisticsResolver,
      CommunityHeadStatisticsResolver,
      EscalationResolver,
      EscalationCallResolver,
      DistrictEscalationResolver,
      DistrictEscalationLimitsResolver,
      StreetEscalationResolver,
      CommunityEscalationResolver,
      NeighborhoodEscalationResolver,
      ServiceOrderResolver,
      ResponsibilityZoneResolver,
      OrganizationZonesResolver,
      DistrictServiceOrderResolver,
      StreetServiceOrderResolver,
      CommunityServiceOrderResolver,
      HeadCertificateResolver,
      NeighborhoodMattersResolver,
      MatterWithdrawalResolver,
      MeetingReschedulingResolver,
    ],
    orphanedTypes: [PropertyCompanyStub, OwnersCommitteeStub, JointBuildingUnitStub, BuildingStub, UnitStub, DistrictStub, StreetStub, CommunityStub, NeighborhoodStub, PersonStub],
    // This subgraph's own entities, then the registry's it extends (key-only, id checked).
    references: {
      ...organizationReferences,
      ...memberReferences,
      ...jointMeetingReferences,
      ...governanceMatterReferences,
      ...crossAppointmentReferences,
      ...registryReferences,
    },
  });
}

/** The party subgraph (党组织): the organisation tree and everything the party side runs. */
export const partySubgraph: SubgraphModule<DistrictPlan> = {
  name: 'party',
  defaultPort: 4002,
  database: partyDatabase,
  // Place certificates (registry); the three subgraphs' facts about governance matters.
  trusts: ['registry', 'owners', 'property', 'cobuilding'],
  createLoaders: createPartyLoaders as LoaderFactory<unknown>,
  createSchema: () => createPartySchema(),
  seedDemo: (em, plan) => seedParty(em, plan),
  startJobs: (orm, env, logger, clock) => [startEscalationChecks(orm, env, logger, clock)],
};
