import { Role } from '../../subgraphs/platform/access/role.js';
import { signOwnersRoster } from '../../subgraphs/platform/governance/owners-roster.js';
import { testStatementKeys } from '../harness/test-keys.js';
import type { Targets } from './variables.js';

/**
 * One entry per mutation of the supergraph. Variables are generated from the schema (required fields, ids by
 * field name aimed at the target neighborhood, see variables.ts); `vars` overrides what the name cannot tell, such
 * as which table an `id` names. `allowed` lists roles that may legitimately call it with the generated input
 * because it acts only on the caller's own organisation (no place in the input); every other role, acting from
 * outside the target's area or organisation, must get NOT_FOUND or FORBIDDEN and store nothing.
 */
export interface MatrixEntry {
  allowed?: readonly Role[];
  vars?: (t: Targets) => Record<string, unknown>;
}

const id = (table: string) => (t: Targets) => ({ id: t.row(table) });
const inputId = (table: string) => (t: Targets) => ({ input: { id: t.row(table) } });

export const MATRIX: Record<string, MatrixEntry> = {
  // this stop's everyday operations
  updateJointBuildingUnit: {},
  endUnitPost: {},
  endPairing: {},
  updateCobuildingResource: {},
  closeCobuildingNeed: {},
  releaseMicroWish: {},
  withdrawGovernanceMatter: {},
  rescheduleJointMeeting: {},
  submitServiceRequestOnBehalf: {},
  // A company edits only its own record (no place in the input).
  updateOwnPropertyCompany: { allowed: [Role.PROPERTY_COMPANY] },
  declineServiceRequest: {},
  transferServiceRequest: {},
  dispatchServiceRequest: {},
  cancelServiceRequest: {},
  assignServiceRequest: {},
  withdrawServiceRequest: {},
  // cobuilding
  offerCobuildingResource: { allowed: [Role.JOINT_UNIT] },
  withdrawCobuildingResource: { vars: id('cobuilding.resource') },
  // Joint-building units are registered as organisations, not in a place (like companies).
  registerJointBuildingUnit: { allowed: [Role.DISTRICT, Role.STREET] },
  appointUnitPost: {},
  recordUnitReportIn: {},
  createPairing: { vars: (t) => ({ input: { unitId: t.row('cobuilding.joint_building_unit'), startsOn: '2026-01-01', endsOn: '2027-12-31' } }) },
  raiseCobuildingNeed: {},
  createCoBuildingProject: {},
  startCoBuildingProject: { vars: id('cobuilding.project') },
  completeCoBuildingProject: { vars: id('cobuilding.project') },
  evaluateCoBuildingProject: { vars: inputId('cobuilding.project') },
  cancelCoBuildingProject: { vars: inputId('cobuilding.project') },
  postMicroWish: {},
  // The wish wall is open to volunteers from anywhere: a resident claims by the wish's id, then fulfils it.
  claimMicroWish: { allowed: [Role.RESIDENT], vars: id('cobuilding.micro_wish') },
  fulfilMicroWish: { allowed: [Role.RESIDENT], vars: id('cobuilding.micro_wish') },
  confirmMicroWish: { vars: id('cobuilding.micro_wish') },
  cancelMicroWish: { vars: id('cobuilding.micro_wish') },
  recordVolunteerActivity: {},
  createPointsItem: {},
  restockPointsItem: { vars: (t) => ({ input: { itemId: t.row('cobuilding.points_item') } }) },
  withdrawPointsItem: { vars: (t) => ({ input: { itemId: t.row('cobuilding.points_item') } }) },
  // A resident redeems only their own points (the outsider has none here); area offices redeem at the counter.
  redeemPoints: { allowed: [Role.RESIDENT], vars: (t) => ({ input: { itemId: t.row('cobuilding.points_item') } }) },
  setPointsRule: {},
  // notifications
  // A subscription covers the caller's own grant (naming places outside it is BAD_USER_INPUT); residents may not subscribe.
  createWebhookSubscription: {
    allowed: [Role.DISTRICT, Role.STREET, Role.COMMUNITY, Role.PARTY_BRANCH, Role.PROPERTY_COMPANY, Role.OWNERS_COMMITTEE, Role.JOINT_UNIT],
    vars: () => ({ input: { url: 'https://hooks.example.org/matrix', eventTypes: ['governance.matter.proposed'] } }),
  },
  updateWebhookSubscription: { vars: inputId('notifications.webhook_subscription') },
  rotateWebhookSubscriptionSecret: { vars: id('notifications.webhook_subscription') },
  endWebhookSubscription: { vars: id('notifications.webhook_subscription') },
  // The subscription decides: its owner is checked before any event id is looked at.
  replayWebhookDeliveries: { vars: (t) => ({ input: { subscriptionId: t.row('notifications.webhook_subscription') } }) },
  // owners
  closeOwnersMotion: {},
  correctResolution: {},
  publishResolution: {},
  conveneOwnersAssembly: { allowed: [Role.OWNERS_COMMITTEE] },
  castOwnersBallot: {},
  recordOwnersFundEntry: { allowed: [Role.OWNERS_COMMITTEE] },
  // A committee publishes its own neighborhood's period (no place in the input).
  publishOwnersFundNotice: { allowed: [Role.OWNERS_COMMITTEE] },
  reverseOwnersFundEntry: { vars: (t) => ({ input: { entryId: t.row('owners.owners_fund_entry'), reason: '金额录入错误' } }) },
  addNegativeListEntry: {},
  // The first committee: the street of the target forms and dissolves the preparatory group (its place certificate
  // names the target); an election is convened by a committee for its own neighborhood (no place in the input) or
  // by a preparatory group's street or community office; leaving office is recorded by the committee or its street.
  formOwnersPreparatoryGroup: {},
  dissolveOwnersPreparatoryGroup: {},
  conveneOwnersElection: { allowed: [Role.OWNERS_COMMITTEE] },
  closeOwnersElection: {},
  recordOwnersCommitteeMemberLeaving: {},
  recordOwnersCommitteeFiling: {},
  recordCommitteeMeeting: { allowed: [Role.OWNERS_COMMITTEE] },
  // The committee chooses its own officers by a decision of its own meeting (no place in the input).
  chooseOwnersCommitteeOfficers: { allowed: [Role.OWNERS_COMMITTEE] },
  postponeOwnersAssembly: { vars: (t) => ({ input: { assemblyId: t.row('owners.owners_assembly') } }) },
  cancelOwnersAssembly: { vars: (t) => ({ input: { assemblyId: t.row('owners.owners_assembly') } }) },
  voidOwnersBallot: { vars: (t) => ({ input: { ballotId: t.row('owners.owners_ballot') } }) },
  adoptOwnersVotingRules: {},
  // Local rules delegated to a street: the district of that street delegates and revokes, the street adopts.
  delegateOwnersVotingRules: {},
  revokeOwnersVotingRulesDelegation: { vars: (t) => ({ input: { delegationId: t.row('owners.owners_voting_rule_delegation'), expectedVersion: 1 } }) },
  adoptOwnersStreetVotingRules: {},
  // A roster genuinely signed by the registry for the target neighborhood: an outsider is refused on the place.
  recordOwnersElectorate: {
    vars: (t) => ({
      input: {
        neighborhoodId: t.neighborhoodId,
        signedRoster: signOwnersRoster({ neighborhoodId: t.neighborhoodId, communityId: t.communityId, streetId: t.streetId, districtId: t.districtId }, [], testStatementKeys('registry')),
      },
    }),
  },
  // party
  createPartyOrganization: { vars: (t) => ({ input: { streetId: t.streetId } }) },
  addPartyMember: {},
  appointPartyPost: {},
  designateCentralHousehold: {},
  recordPartyReportIn: {},
  applyForStarRating: {},
  assessStarRating: {},
  approveStarRating: {},
  createPartyServiceStation: {},
  registerPartyNeighborhood: {},
  // Aimed at the target neighborhood's own certificate (a building's or unit's is read the same way).
  registerPartyPlaces: { vars: (t) => ({ input: { placeCertificates: [t.placeCertificate] } }) },
  appointCrossPost: {
    vars: (t) => ({ input: { home: { type: 'COMMUNITY', id: t.communityId }, host: { type: 'PROPERTY_COMPANY', id: t.row('property.property_company') } } }),
  },
  endCrossAppointment: { vars: (t) => ({ input: { id: t.row('party.cross_appointment'), expectedVersion: 1, reason: '工作调整' } }) },
  updatePartyOrganization: { vars: inputId('party.organization') },
  dissolvePartyOrganization: { vars: inputId('party.organization') },
  transferPartyMember: { vars: (t) => ({ input: { toOrganizationId: t.row('party.organization', 1) } }) },
  convertProbationaryMember: {},
  endPartyPost: { vars: (t) => ({ input: { postId: t.row('party.post') } }) },
  updatePartyServiceStation: { vars: inputId('party.service_station') },
  closePartyServiceStation: { vars: inputId('party.service_station') },
  updateCentralHousehold: { vars: inputId('party.central_household') },
  endCentralHousehold: { vars: inputId('party.central_household') },
  // A report-in is changed by the party office of the member's own organisation, as it is recorded: the matrix's outside
  // joint unit is the unit whose member reported to the target community, so it acts for its own member there.
  updatePartyReportIn: { allowed: [Role.JOINT_UNIT], vars: inputId('party.report_in') },
  endPartyReportIn: { allowed: [Role.JOINT_UNIT], vars: inputId('party.report_in') },
  returnStarRating: {},
  rejectStarRating: {},
  movePartyOrganization: { vars: (t) => ({ input: { id: t.row('party.organization'), parentId: t.row('party.organization', 1) } }) },
  proposeGovernanceMatter: {},
  conveneJointMeeting: {
    vars: (t) => ({ input: { participants: [0, 1].map((i) => ({ personId: t.row('registry.person', i), capacity: 'PARTY', attended: true })) } }),
  },
  recordDeliberation: {},
  appointNeighborhoodHead: { vars: (t) => ({ input: { kind: 'BUILDING_HEAD', buildingId: t.row('registry.building'), termStart: '2026-01-01', termEnd: '2028-12-31' } }) },
  endNeighborhoodHead: { vars: (t) => ({ input: { headId: t.row('party.neighborhood_head') } }) },
  raiseEscalation: { vars: () => ({ input: { subject: 'NEIGHBORHOOD_PROBLEM' } }) },
  answerEscalation: { vars: (t) => ({ input: { escalationId: t.row('party.escalation') } }) },
  setEscalationLimit: {},
  assignResponsibilityZone: { vars: (t) => ({ input: { buildingIds: [t.row('registry.building')] } }) },
  endResponsibilityZone: { vars: (t) => ({ input: { zoneId: t.row('party.responsibility_zone') } }) },
  dispatchServiceOrder: { vars: (t) => ({ input: { orderId: t.row('party.service_order') } }) },
  placeServiceOrder: {},
  takeServiceOrder: { vars: (t) => ({ input: { orderId: t.row('party.service_order') } }) },
  completeServiceOrder: { vars: (t) => ({ input: { orderId: t.row('party.service_order') } }) },
  evaluateServiceOrder: { vars: (t) => ({ input: { orderId: t.row('party.service_order') } }) },
  withdrawServiceOrder: { vars: (t) => ({ input: { orderId: t.row('party.service_order') } }) },
  // property
  createPropertyCompany: { allowed: [Role.DISTRICT] },
  updatePropertyCompany: { vars: inputId('property.property_company') },
  createServiceContract: {},
  endServiceContract: { vars: (t) => ({ input: { id: t.row('property.service_contract'), endedOn: '2026-12-31' } }) },
  appointPropertyPost: {},
  endPropertyPost: { vars: (t) => ({ input: { id: t.row('property.property_post'), endsOn: '2026-12-31' } }) },
  // A resident may report for any served neighborhood (a community worker corrects a misstated one).
  submitServiceRequest: { allowed: [Role.RESIDENT], vars: (t) => ({ input: { residentPersonId: t.row('registry.person') } }) },
  reassignServiceRequest: { vars: inputId('property.service_request') },
  acceptServiceRequest: { vars: inputId('property.service_request') },
  startServiceRequest: { vars: inputId('property.service_request') },
  resolveServiceRequest: { vars: (t) => ({ input: { id: t.row('property.service_request'), note: '已处理完毕' } }) },
  evaluateServiceRequest: { vars: inputId('property.service_request') },
  reopenServiceRequest: { vars: inputId('property.service_request') },
  recordServiceEvaluation: {},
  recordFeeCollection: {},
  openMatterServiceRequest: { vars: (t) => ({ input: { matterCertificate: t.matterCertificate } }) },
  // registry
  updateDistrict: { vars: (t) => ({ input: { id: t.districtId } }) },
  createStreet: {},
  updateStreet: { vars: (t) => ({ input: { id: t.streetId } }) },
  createCommunity: {},
  updateCommunity: { vars: (t) => ({ input: { id: t.communityId } }) },
  createNeighborhood: {},
  updateNeighborhood: { vars: (t) => ({ input: { id: t.neighborhoodId } }) },
  createBuilding: {},
  updateBuilding: { vars: inputId('registry.building') },
  createUnit: {},
  updateUnit: { vars: inputId('registry.unit') },
  setUnitOwners: {},
  createPerson: {},
  updatePerson: { vars: inputId('registry.person') },
  // A district office registers only the district its grant names: aimed at the target's own district (taken already).
  createDistrict: { vars: (t) => ({ input: { id: t.districtId, name: '矩阵县', code: '370899' } }) },
  // A resident corrects only their own phone (no person in the input); every office is refused.
  correctMyPhone: { allowed: [Role.RESIDENT], vars: () => ({ input: { phone: '13900009999', expectedVersion: 1 } }) },
};
