import 'reflect-metadata';
import { SUBGRAPHS } from '../../subgraphs/catalog.js';
import { ConfigurationError } from '../../subgraphs/platform/config/environment.js';
import { environmentName } from '../../subgraphs/platform/federation/subgraph-module.js';
import { prepareDatabase } from '../demo/prepare-database.js';

// `npm run migrate`: applies every subgraph's pending migrations, then its runtime role's privileges (a deployment
// step; `npm start` does it by itself). Loads no demo data. Each subgraph migrates as its owner role, through
// <SUBGRAPH>_MIGRATION_DATABASE_URL (logging in as that role) or MIGRATION_DATABASE_URL (any login that may act as
// every owner role, e.g. the administrator who ran `npm run db:roles`).
try {
  const migrationUrl = (name: string): string => {
    const url = process.env[environmentName(name, 'MIGRATION_DATABASE_URL')]?.trim() || process.env.MIGRATION_DATABASE_URL?.trim();
    if (!url) {
      throw new ConfigurationError(
        `${environmentName(name, 'MIGRATION_DATABASE_URL')} or MIGRATION_DATABASE_URL is not set: the PostgreSQL URL the ${name} migrations run with (its owner role).`,
      );
    }
    return url;
  };
  for (const module of SUBGRAPHS) migrationUrl(module.name);
  const { applied } = await prepareDatabase(migrationUrl, SUBGRAPHS, null, process.env);
  for (const [subgraph, names] of applied) console.log(`${subgraph}: ${names.length ? names.join(', ') : 'up to date'}`);
} catch (error) {
  console.error(`Migration failed: ${(error as Error).message}`);
  process.exit(1);
}
