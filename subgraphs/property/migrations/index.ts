// The property subgraph's migrations in the order they apply. Written by `npm run migration:create`.
import { Migration20261123225810_initial } from './Migration20261123225810_initial.js';
import { Migration20261124004245_governance_matter } from './Migration20261124004245_governance_matter.js';
import { Migration20261201213000_step_no_truncate } from './Migration20261201213000_step_no_truncate.js';

export const propertyMigrations = [
  { name: 'Migration20261123225810_initial', class: Migration20261123225810_initial },
  { name: 'Migration20261124004245_governance_matter', class: Migration20261124004245_governance_matter },
  { name: 'Migration20261201213000_step_no_truncate', class: Migration20261201213000_step_no_truncate },
];
