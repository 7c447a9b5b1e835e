// The property subgraph's migrations in the order they apply. Written by `npm run migration:create`.
import { Migration20261123225810_initial } from './Migration20261123225810_initial.js';
import { Migration20261124004245_governance_matter } from './Migration20261124004245_governance_matter.js';
import { Migration20261201213000_step_no_truncate } from './Migration20261201213000_step_no_truncate.js';
import { Migration20261201214000_event_outbox } from './Migration20261201214000_event_outbox.js';
import { Migration20261202041000_request_handling } from './Migration20261202041000_request_handling.js';
import { Migration20261202041000_request_on_behalf } from './Migration20261202041000_request_on_behalf.js';

export const propertyMigrations = [
  { name: 'Migration20261123225810_initial', class: Migration20261123225810_initial },
  { name: 'Migration20261124004245_governance_matter', class: Migration20261124004245_governance_matter },
  { name: 'Migration20261201213000_step_no_truncate', class: Migration20261201213000_step_no_truncate },
  { name: 'Migration20261201214000_event_outbox', class: Migration20261201214000_event_outbox },
  { name: 'Migration20261202041000_request_handling', class: Migration20261202041000_request_handling },
  { name: 'Migration20261202041000_request_on_behalf', class: Migration20261202041000_request_on_behalf },
];
