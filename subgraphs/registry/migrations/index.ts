// The registry subgraph's migrations in the order they apply. Written by `npm run migration:create`.
import { Migration20261123222426_initial } from './Migration20261123222426_initial.js';

export const registryMigrations = [
  { name: 'Migration20261123222426_initial', class: Migration20261123222426_initial },
];
