import { Role } from '../../subgraphs/platform/access/role.js';
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
  addNegativeListEntry: {},
  reelectOwnersCommittee: { allowed: [Role.OWNERS_COMMITTEE] },
  recordOwnersCommitteeFiling: {},
  recordCommitteeMeeting: { allowed: [Role.OWNERS_COMMITTEE] },
  postponeOwnersAssembly: { vars: (t) => ({ input: { assemblyId: t.row('owners.owners_assembly') } }) },
  cancelOwnersAssembly: { vars: (t) => ({ input: { assemblyId: t.row('owners.owners_assembly') } }) },
  voidOwnersBallot: { vars: (t) => ({ input: { ballotId: t.row('owners.owners_ballot') } }) },
  adoptOwnersVotingRules: {},
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
};
