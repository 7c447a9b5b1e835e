import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createChildrenLoader, createEntityLoader } from '../../../platform/batching/entity-loader.js';
import type { AreaLevel } from '../statistics/party-statistics.js';
import { GovernanceMatter } from './governance-matter.entity.js';
import { JointMeeting } from './joint-meeting.entity.js';
import { MatterDeliberation } from './matter-deliberation.entity.js';
import { CrossAppointment } from './cross-appointment.entity.js';
import { JointMeetingRescheduling } from './meeting-rescheduling.entity.js';
import { createMatterStandingsLoader, type MatterStanding } from './matter-results.js';

/** Governance records of one request (三方联动): matters, meetings, deliberations, cross-appointments, standings. */
export interface GovernanceLoaders {
  matter: DataLoader<string, GovernanceMatter | null>;
  meeting: DataLoader<string, JointMeeting | null>;
  crossAppointment: DataLoader<string, CrossAppointment | null>;
  deliberationsOfMatter: DataLoader<string, MatterDeliberation[]>;
  deliberationsOfMeeting: DataLoader<string, MatterDeliberation[]>;
  crossAppointmentsOfPerson: DataLoader<string, CrossAppointment[]>;
  reschedulingsOfMeeting: DataLoader<string, JointMeetingRescheduling[]>;
  /** The matters of an area with their deliberations' outcomes, for `governanceMatterResults`. */
  matterStandings: Record<AreaLevel, DataLoader<string, MatterStanding[]>>;
}

export function createGovernanceLoaders(em: EntityManager): GovernanceLoaders {
  return {
    matter: createEntityLoader(em, GovernanceMatter),
    meeting: createEntityLoader(em, JointMeeting),
    crossAppointment: createEntityLoader(em, CrossAppointment),
    deliberationsOfMatter: createChildrenLoader(em, MatterDeliberation, 'matterId', { createdAt: 'asc' }),
    deliberationsOfMeeting: createChildrenLoader(em, MatterDeliberation, 'meetingId', { createdAt: 'asc' }),
    crossAppointmentsOfPerson: createChildrenLoader(em, CrossAppointment, 'personId', { termStart: 'desc' }),
    reschedulingsOfMeeting: createChildrenLoader(em, JointMeetingRescheduling, 'meetingId', { createdAt: 'asc' }),
    matterStandings: {
      district: createMatterStandingsLoader(em, 'district'),
      street: createMatterStandingsLoader(em, 'street'),
      community: createMatterStandingsLoader(em, 'community'),
    },
  };
}
