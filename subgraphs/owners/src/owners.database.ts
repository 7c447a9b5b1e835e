import { ElectorateCapture } from './electorate/electorate-capture.entity.js';
import type { SubgraphDatabase } from '../../platform/orm/subgraph-database.js';
import { OwnersCommittee } from './committee/owners-committee.entity.js';
import { CommitteeMember } from './committee/committee-member.entity.js';
import { ElectorateSnapshot } from './electorate/electorate-snapshot.entity.js';
import { OwnersAssembly } from './assembly/owners-assembly.entity.js';
import { OwnersMotion } from './assembly/owners-motion.entity.js';
import { OwnersBallot } from './ballot/owners-ballot.entity.js';
import { Resolution } from './resolution/resolution.entity.js';
import { ResolutionPublication } from './resolution/resolution-publication.entity.js';
import { OwnersFundEntry } from './fund/fund-entry.entity.js';
import { NegativeListEntry } from './committee/negative-list.entity.js';
import { CommitteeDecision, CommitteeMeeting } from './meeting/committee-meeting.entity.js';
import { ConsumedMatterCertificate } from './governance/consumed-certificate.entity.js';
import { ownersMigrations } from '../migrations/index.js';

/** The owners subgraph's own Postgres schema, its tables and its migrations. */
export const ownersDatabase: SubgraphDatabase = {
  schema: 'owners',
  entities: [OwnersCommittee, CommitteeMember, ElectorateSnapshot, ElectorateCapture, OwnersAssembly, OwnersMotion, OwnersBallot, Resolution, ResolutionPublication, OwnersFundEntry, NegativeListEntry, CommitteeMeeting, CommitteeDecision, ConsumedMatterCertificate],
  migrations: ownersMigrations,
  migrationsFolder: 'subgraphs/owners/migrations',
  // What the owners decided and recorded: a correction is a new row referencing the old one.
  appendOnlyTables: ['owners_ballot', 'resolution', 'resolution_publication', 'electorate_snapshot', 'electorate_capture', 'owners_fund_entry', 'committee_meeting', 'committee_decision', 'consumed_matter_certificate'],
};
