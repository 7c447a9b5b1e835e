// The party subgraph's migrations in the order they apply. Written by `npm run migration:create`.
import { Migration20261123225038_initial } from './Migration20261123225038_initial.js';

export const partyMigrations = [
  { name: 'Migration20261123225038_initial', class: Migration20261123225038_initial },
];
