// The cobuilding subgraph's migrations in the order they apply. Written by `npm run migration:create`.
import { Migration20261123224931_initial } from './Migration20261123224931_initial.js';

export const cobuildingMigrations = [
  { name: 'Migration20261123224931_initial', class: Migration20261123224931_initial },
];
