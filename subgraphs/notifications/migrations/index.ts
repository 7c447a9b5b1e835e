// The notifications subgraph's migrations in the order they apply.
import { Migration20261201213000_initial } from './Migration20261201213000_initial.js';

export const notificationsMigrations = [{ name: 'Migration20261201213000_initial', class: Migration20261201213000_initial }];
