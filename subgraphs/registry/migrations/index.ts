// The registry subgraph's migrations in the order they apply. Written by `npm run migration:create`.
import { Migration20261123222426_initial } from './Migration20261123222426_initial.js';
import { Migration20261123224407_personal_data_access } from './Migration20261123224407_personal_data_access.js';
import { Migration20261202081000_registry_person_search } from './Migration20261202081000_registry_person_search.js';

export const registryMigrations = [
  { name: 'Migration20261123222426_initial', class: Migration20261123222426_initial },
  { name: 'Migration20261123224407_personal_data_access', class: Migration20261123224407_personal_data_access },
  { name: 'Migration20261202081000_registry_person_search', class: Migration20261202081000_registry_person_search },
];
