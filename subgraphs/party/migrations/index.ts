// The party subgraph's migrations in the order they apply. Written by `npm run migration:create`.
import { Migration20261123225038_initial } from './Migration20261123225038_initial.js';
import { Migration20261124000000_one_secretary_at_a_time } from './Migration20261124000000_one_secretary_at_a_time.js';
import { Migration20261124004728_governance } from './Migration20261124004728_governance.js';
import { Migration20261124013000_property_company_change } from './Migration20261124013000_property_company_change.js';
import { Migration20261201214000_event_outbox } from './Migration20261201214000_event_outbox.js';
import { Migration20261201220000_neighborhood_heads } from './Migration20261201220000_neighborhood_heads.js';
import { Migration20261201223000_escalation } from './Migration20261201223000_escalation.js';
import { Migration20261201224500_service_orders } from './Migration20261201224500_service_orders.js';
import { Migration20261202041000_matter_withdrawal_meeting_rescheduling } from './Migration20261202041000_matter_withdrawal_meeting_rescheduling.js';
import { Migration20261202081000_organization_changes } from './Migration20261202081000_organization_changes.js';
import { Migration20261202082000_member_transfer_conversion } from './Migration20261202082000_member_transfer_conversion.js';
import { Migration20261202083000_endings } from './Migration20261202083000_endings.js';
import { Migration20261202086000_successor_organizations } from './Migration20261202086000_successor_organizations.js';
import { Migration20261202085000_cross_appointment_ending } from './Migration20261202085000_cross_appointment_ending.js';
import { Migration20261202084000_star_rating_decisions } from './Migration20261202084000_star_rating_decisions.js';

export const partyMigrations = [
  { name: 'Migration20261123225038_initial', class: Migration20261123225038_initial },
  { name: 'Migration20261124000000_one_secretary_at_a_time', class: Migration20261124000000_one_secretary_at_a_time },
  { name: 'Migration20261124004728_governance', class: Migration20261124004728_governance },
  { name: 'Migration20261124013000_property_company_change', class: Migration20261124013000_property_company_change },
  { name: 'Migration20261201214000_event_outbox', class: Migration20261201214000_event_outbox },
  { name: 'Migration20261201220000_neighborhood_heads', class: Migration20261201220000_neighborhood_heads },
  { name: 'Migration20261201223000_escalation', class: Migration20261201223000_escalation },
  { name: 'Migration20261201224500_service_orders', class: Migration20261201224500_service_orders },
  { name: 'Migration20261202041000_matter_withdrawal_meeting_rescheduling', class: Migration20261202041000_matter_withdrawal_meeting_rescheduling },
  { name: 'Migration20261202081000_organization_changes', class: Migration20261202081000_organization_changes },
  { name: 'Migration20261202082000_member_transfer_conversion', class: Migration20261202082000_member_transfer_conversion },
  { name: 'Migration20261202083000_endings', class: Migration20261202083000_endings },
  { name: 'Migration20261202084000_star_rating_decisions', class: Migration20261202084000_star_rating_decisions },
  { name: 'Migration20261202085000_cross_appointment_ending', class: Migration20261202085000_cross_appointment_ending },
  { name: 'Migration20261202086000_successor_organizations', class: Migration20261202086000_successor_organizations },
];
