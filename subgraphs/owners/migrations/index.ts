// The owners subgraph's migrations in the order they apply. Written by `npm run migration:create`.
import { Migration20261123231937_initial } from './Migration20261123231937_initial.js';
import { Migration20261124000420_electorate_capture } from './Migration20261124000420_electorate_capture.js';
import { Migration20261124004332_governance_matter } from './Migration20261124004332_governance_matter.js';
import { Migration20261201214000_event_outbox } from './Migration20261201214000_event_outbox.js';
import { Migration20261201220000_consumed_matter_certificate } from './Migration20261201220000_consumed_matter_certificate.js';
import { Migration20261201220000_assembly_clock } from './Migration20261201220000_assembly_clock.js';
import { Migration20261201223000_ballot_correction } from './Migration20261201223000_ballot_correction.js';
import { Migration20261201224500_idempotency_keys } from './Migration20261201224500_idempotency_keys.js';
import { Migration20261201230000_voting_rules } from './Migration20261201230000_voting_rules.js';
import { Migration20261202040000_notice_code_version } from './Migration20261202040000_notice_code_version.js';
import { Migration20261202041000_electorate_mutation } from './Migration20261202041000_electorate_mutation.js';
import { Migration20261202050000_first_committee } from './Migration20261202050000_first_committee.js';
import { Migration20261202080100_street_voting_rules } from './Migration20261202080100_street_voting_rules.js';
import { Migration20261202081500_fund_notice } from './Migration20261202081500_fund_notice.js';
import { Migration20261202090000_committee_officers } from './Migration20261202090000_committee_officers.js';

export const ownersMigrations = [
  { name: 'Migration20261123231937_initial', class: Migration20261123231937_initial },
  { name: 'Migration20261124000420_electorate_capture', class: Migration20261124000420_electorate_capture },
  { name: 'Migration20261124004332_governance_matter', class: Migration20261124004332_governance_matter },
  { name: 'Migration20261201214000_event_outbox', class: Migration20261201214000_event_outbox },
  { name: 'Migration20261201220000_consumed_matter_certificate', class: Migration20261201220000_consumed_matter_certificate },
  { name: 'Migration20261201220000_assembly_clock', class: Migration20261201220000_assembly_clock },
  { name: 'Migration20261201223000_ballot_correction', class: Migration20261201223000_ballot_correction },
  { name: 'Migration20261201224500_idempotency_keys', class: Migration20261201224500_idempotency_keys },
  { name: 'Migration20261201230000_voting_rules', class: Migration20261201230000_voting_rules },
  { name: 'Migration20261202040000_notice_code_version', class: Migration20261202040000_notice_code_version },
  { name: 'Migration20261202041000_electorate_mutation', class: Migration20261202041000_electorate_mutation },
  { name: 'Migration20261202050000_first_committee', class: Migration20261202050000_first_committee },
  { name: 'Migration20261202080100_street_voting_rules', class: Migration20261202080100_street_voting_rules },
  { name: 'Migration20261202081500_fund_notice', class: Migration20261202081500_fund_notice },
  { name: 'Migration20261202090000_committee_officers', class: Migration20261202090000_committee_officers },
];
