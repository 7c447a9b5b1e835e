// The owners subgraph's migrations in the order they apply. Written by `npm run migration:create`.
import { Migration20261123231937_initial } from './Migration20261123231937_initial.js';

export const ownersMigrations = [
  { name: 'Migration20261123231937_initial', class: Migration20261123231937_initial },
];
