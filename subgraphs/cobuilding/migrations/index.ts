// The cobuilding subgraph's migrations in the order they apply. Written by `npm run migration:create`.
import { Migration20261123224931_initial } from './Migration20261123224931_initial.js';
import { Migration20261124000000_pairing_no_overlap } from './Migration20261124000000_pairing_no_overlap.js';
import { Migration20261124004254_governance_matter } from './Migration20261124004254_governance_matter.js';
import { Migration20261201214000_event_outbox } from './Migration20261201214000_event_outbox.js';
import { Migration20261201225500_points } from './Migration20261201225500_points.js';
import { Migration20261202040500_cobuilding_everyday } from './Migration20261202040500_cobuilding_everyday.js';

export const cobuildingMigrations = [
  { name: 'Migration20261123224931_initial', class: Migration20261123224931_initial },
  { name: 'Migration20261124000000_pairing_no_overlap', class: Migration20261124000000_pairing_no_overlap },
  { name: 'Migration20261124004254_governance_matter', class: Migration20261124004254_governance_matter },
  { name: 'Migration20261201214000_event_outbox', class: Migration20261201214000_event_outbox },
  { name: 'Migration20261201225500_points', class: Migration20261201225500_points },
  { name: 'Migration20261202040500_cobuilding_everyday', class: Migration20261202040500_cobuilding_everyday },
];
