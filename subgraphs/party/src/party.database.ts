import { OutboxEvent } from '../../platform/events/outbox-event.entity.js';
import { PartyMemberTransfer } from './member/member-transfer.entity.js';
import type { SubgraphDatabase } from '../../platform/orm/subgraph-database.js';
import { RegisteredPlace } from './place/place-register.entity.js';
import { PartyOrganization } from './organization/organization.entity.js';
import { PartyMember } from './member/member.entity.js';
import { PartyPost } from './post/post.entity.js';
import { CentralHousehold } from './household/central-household.entity.js';
import { PartyReportIn } from './report-in/report-in.entity.js';
import { PartyStarRating } from './rating/star-rating.entity.js';
import { PartyServiceStation } from './station/service-station.entity.js';
import { GovernanceMatter } from './governance/governance-matter.entity.js';
import { JointMeeting } from './governance/joint-meeting.entity.js';
import { MatterDeliberation } from './governance/matter-deliberation.entity.js';
import { CrossAppointment } from './governance/cross-appointment.entity.js';
import { JointMeetingRescheduling } from './governance/meeting-rescheduling.entity.js';
import { NeighborhoodHead } from './heads/neighborhood-head.entity.js';
import { Escalation } from './escalation/escalation.entity.js';
import { EscalationCall } from './escalation/escalation-call.entity.js';
import { EscalationLimit } from './escalation/escalation-limit.entity.js';
import { ServiceOrder } from './service-order/service-order.entity.js';
import { ResponsibilityZone } from './service-order/responsibility-zone.entity.js';
import { partyMigrations } from '../migrations/index.js';

/** The party subgraph's own Postgres schema, its tables and its migrations. */
export const partyDatabase: SubgraphDatabase = {
  schema: 'party',
  entities: [RegisteredPlace, PartyOrganization, PartyMember, PartyPost, CentralHousehold, PartyReportIn, PartyStarRating, PartyServiceStation, GovernanceMatter, JointMeeting, MatterDeliberation, CrossAppointment, NeighborhoodHead, Escalation, EscalationCall, EscalationLimit, ServiceOrder, ResponsibilityZone, OutboxEvent, JointMeetingRescheduling, PartyMemberTransfer],
  migrations: partyMigrations,
  migrationsFolder: 'subgraphs/party/migrations',
  appendOnlyTables: ['joint_meeting_rescheduling'],
};
