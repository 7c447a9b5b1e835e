import pg from 'pg';
import { ownerRole, runtimeRole } from '../../subgraphs/platform/orm/database-privileges.js';

/** The passwords of one subgraph's two roles (see platform/orm/database-privileges.ts). */
export interface RolePasswords {
  owner: string;
  runtime: string;
}

/** Extensions the migrations use: only an admin may create them, so they exist before the owners migrate. */
const EXTENSIONS = ['btree_gist', 'pg_trgm'];
/** Owner roles that name an extension's operator classes in their migrations (registry: gin_trgm_ops), so need USAGE on public. */
const EXTENSION_USERS = ['registry'];

// Neither kind of role may do more than its schema needs: no superuser, no new roles or databases, no bypassing
// row security, no replication.
const ATTRIBUTES = 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION INHERIT';

/** A URL of the same server and database as `url`, logging in as `role`. */
export function roleUrl(url: string, role: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = role;
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates (or updates) every subgraph's owner and runtime roles with the given passwords. Roles belong to the
 * whole server: run this once, not concurrently. Needs an admin URL (a superuser, or a role with CREATEROLE).
 */
export async function ensureDatabaseRoles(adminUrl: string, passwords: ReadonlyMap<string, RolePasswords>): Promise<void> {
  await withClient(adminUrl, async (client) => {
    for (const [schema, secret] of passwords) {
      for (const [role, password] of [[ownerRole(schema), secret.owner], [runtimeRole(schema), secret.runtime]]) {
        const { rowCount } = await client.query('select 1 from pg_roles where rolname = $1', [role]);
        await client.query(`${rowCount ? 'alter' : 'create'} role "${role}" ${ATTRIBUTES} password ${client.escapeLiteral(password)}`);
      }
    }
  });
}

/**
 * Prepares the database of `adminUrl` for the roles, as its owner or a superuser; safe to run again. Only the
 * subgraphs' roles may connect, nobody may create temporary tables or use the public schema, and each subgraph's
 * schema exists, owned by its owner role together with everything in it (objects an earlier version created as
 * another role are handed over, so an existing database keeps working).
 */
export async function secureDatabase(adminUrl: string, schemas: readonly string[]): Promise<void> {
  await withClient(adminUrl, async (client) => {
    const { rows: [{ database }] } = await client.query<{ database: string }>('select current_database() as database');
    await grantConnect(client, database, schemas);
    for (const extension of EXTENSIONS) await client.query(`create extension if not exists ${extension} with schema public`);
    await client.query('revoke all on schema public from public');
    for (const schema of EXTENSION_USERS.filter((name) => schemas.includes(name))) await client.query(`grant usage on schema public to "${ownerRole(schema)}"`);
    for (const schema of schemas) await adoptSchema(client, schema, ownerRole(schema));
  });
}

/** Only the subgraphs' roles may connect to `database` (grants on a database are not copied with its template). */
async function grantConnect(client: pg.Client, database: string, schemas: readonly string[]): Promise<void> {
  const roles = schemas.flatMap((schema) => [ownerRole(schema), runtimeRole(schema)]).map((role) => `"${role}"`).join(', ');
  await client.query(`revoke all on database "${database}" from public`);
  await client.query(`grant connect on database "${database}" to ${roles}`);
}

/**
 * Secures a copy of a database `secureDatabase` secured: everything inside is copied with it, the connect grants
 * are not. `maintenanceUrl` is any database of the same server, as a superuser.
 */
export async function secureDatabaseCopy(maintenanceUrl: string, database: string, schemas: readonly string[]): Promise<void> {
  await withClient(maintenanceUrl, (client) => grantConnect(client, database, schemas));
}

async function adoptSchema(client: pg.Client, schema: string, owner: string): Promise<void> {
  await client.query(`create schema if not exists "${schema}" authorization "${owner}"`);
  await client.query(`alter schema "${schema}" owner to "${owner}"`);
  const foreign = async (sql: string) => (await client.query<{ statement: string }>(sql, [schema, owner])).rows;
  // Tables first: that hands over their indexes and their columns' sequences with them.
  const steps = [
    `select format('alter table %I.%I owner to %I', n.nspname, c.relname, $2::text) as statement from pg_class c
     join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and c.relkind in ('r', 'p', 'v', 'm', 'f')
     and c.relowner <> (select oid from pg_roles where rolname = $2)`,
    `select format('alter sequence %I.%I owner to %I', n.nspname, c.relname, $2::text) as statement from pg_class c
     join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and c.relkind = 'S'
     and c.relowner <> (select oid from pg_roles where rolname = $2)`,
    `select format('alter routine %s owner to %I', p.oid::regprocedure, $2::text) as statement from pg_proc p
     join pg_namespace n on n.oid = p.pronamespace where n.nspname = $1 and p.proowner <> (select oid from pg_roles where rolname = $2)`,
    `select format('alter type %I.%I owner to %I', n.nspname, t.typname, $2::text) as statement from pg_type t
     join pg_namespace n on n.oid = t.typnamespace where n.nspname = $1 and t.typtype in ('e', 'd', 'r') and t.typrelid = 0
     and t.typowner <> (select oid from pg_roles where rolname = $2)`,
  ];
  for (const step of steps) for (const { statement } of await foreign(step)) await client.query(statement);
}

/** Both steps for one database, as `npm start` and `npm run db:roles` run them. */
export async function setUpDatabaseRoles(adminUrl: string, passwords: ReadonlyMap<string, RolePasswords>): Promise<void> {
  await ensureDatabaseRoles(adminUrl, passwords);
  await secureDatabase(adminUrl, [...passwords.keys()]);
}

/** The URLs of one subgraph on a server: its migrations log in as the owner role, its service as the runtime role. */
export interface SubgraphDatabaseUrls {
  migration: string;
  runtime: string;
}

/** Each schema's URLs on the server and database of `adminUrl`, from its roles' passwords. */
export function subgraphDatabaseUrls(adminUrl: string, passwords: ReadonlyMap<string, RolePasswords>): Map<string, SubgraphDatabaseUrls> {
  return new Map(
    [...passwords].map(([schema, secret]) => [
      schema,
      { migration: roleUrl(adminUrl, ownerRole(schema), secret.owner), runtime: roleUrl(adminUrl, runtimeRole(schema), secret.runtime) },
    ]),
  );
}
