import 'reflect-metadata';
import { SUBGRAPHS } from '../../subgraphs/catalog.js';
import { ConfigurationError, requireVariable } from '../../subgraphs/platform/config/environment.js';
import { environmentName } from '../../subgraphs/platform/federation/subgraph-module.js';
import { ownerRole, runtimeRole } from '../../subgraphs/platform/orm/database-privileges.js';
import { setUpDatabaseRoles, type RolePasswords } from './database-roles.js';

// `npm run db:roles`: on an external PostgreSQL, creates (or updates) every subgraph's owner and runtime roles and
// prepares the database for them, as DATABASE_ADMIN_URL (a superuser, or a CREATEROLE role owning the database).
// Passwords come from <SUBGRAPH>_OWNER_PASSWORD and <SUBGRAPH>_RUNTIME_PASSWORD. Safe to run again.
try {
  const env = process.env;
  const adminUrl = requireVariable(env, 'DATABASE_ADMIN_URL', 'the URL of a PostgreSQL administrator of the database to prepare.');
  const password = (name: string, kind: 'OWNER' | 'RUNTIME'): string => {
    const variable = environmentName(name, `${kind}_PASSWORD`);
    const value = requireVariable(env, variable, `the password of the ${name} ${kind.toLowerCase()} role.`);
    if (value.length < 16) throw new ConfigurationError(`${variable} must be at least 16 characters long.`);
    return value;
  };
  const passwords = new Map<string, RolePasswords>(
    SUBGRAPHS.map((module) => [module.database.schema, { owner: password(module.name, 'OWNER'), runtime: password(module.name, 'RUNTIME') }]),
  );
  await setUpDatabaseRoles(adminUrl, passwords);
  for (const module of SUBGRAPHS) {
    const schema = module.database.schema;
    console.log(`${module.name}: schema ${schema} owned by ${ownerRole(schema)} (migrations); service connects as ${runtimeRole(schema)}`);
  }
} catch (error) {
  console.error(`Setting up the database roles failed: ${(error as Error).message}`);
  process.exit(1);
}
