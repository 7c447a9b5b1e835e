// The owners subgraph's migrations in the order they apply. Written by `npm run migration:create`.
import { Migration20261123231937_initial } from './Migration20261123231937_initial.js';
import { Migration20261124000420_electorate_capture } from './Migration20261124000420_electorate_capture.js';
import { Migration20261124004332_governance_matter } from './Migration20261124004332_governance_matter.js';
import { Migration20261201220000_consumed_matter_certificate } from './Migration20261201220000_consumed_matter_certificate.js';

export const ownersMigrations = [
  { name: 'Migration20261123231937_initial', class: Migration20261123231937_initial },
  { name: 'Migration20261124000420_electorate_capture', class: Migration20261124000420_electorate_capture },
  { name: 'Migration20261124004332_governance_matter', class: Migration20261124004332_governance_matter },
  { name: 'Migration20261201220000_consumed_matter_certificate', class: Migration20261201220000_consumed_matter_certificate },
];
