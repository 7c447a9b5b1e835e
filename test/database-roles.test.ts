/* eslint-disable max-lines -- what each service's database role may and may not do (runtime role, recorded privileges, second line of defence, set-up steps): one file per feature, each test self-contained on the suite's own copy of the demo district, so the feature's queries and helpers are written once */
import pg from 'pg';
import { grantRuntimePrivileges, ownerRole, runtimeRole } from '../subgraphs/platform/orm/database-privileges.js';
import { createOrm } from '../subgraphs/platform/orm/subgraph-database.js';
import { secureDatabase } from '../infra/postgres/database-roles.js';
import { hostSubgraphModules, startGraph, type GraphStack } from './harness/graph-stack.js';

/** Every subgraph's module, as the worker's host loaded them (the suite's sandbox does not load them all). */
const SUBGRAPHS = await hostSubgraphModules();

// What each service's own connection cannot do, whatever code runs in it: Postgres refuses it (SQLSTATE 42501,
// insufficient_privilege), because the runtime role owns nothing and holds only the privileges it needs.
let graph: GraphStack;
let admin: pg.Client;
const runtime = new Map<string, pg.Client>();

beforeAll(async () => {
  graph = await startGraph();
  admin = new pg.Client({ connectionString: graph.adminDatabaseUrl });
  await admin.connect();
  for (const module of SUBGRAPHS) {
    const client = new pg.Client({ connectionString: graph.runtimeDatabaseUrls.get(module.name) });
    await client.connect();
    runtime.set(module.name, client);
  }
});
afterAll(async () => {
  for (const client of runtime.values()) await client.end();
  await admin?.end();
  await graph?.stop();
});

/** The error Postgres answers a statement with (or null if it succeeded), inside a transaction rolled back after. */
async function refusal(client: pg.Client, sql: string): Promise<{ code: string; message: string } | null> {
  await client.query('begin');
  try {
    await client.query(sql);
    return null;
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  } finally {
    await client.query('rollback');
  }
}

const denied = (message: string) => ({ code: '42501', message });

const subgraphs = SUBGRAPHS.map((module) => [module.name, module] as const);
const appendOnly = SUBGRAPHS.flatMap((module) => module.database.appendOnlyTables.map((table) => [`${module.database.schema}.${table}`, module] as const));

/** A table of the schema that is not append-only (every subgraph has one). */
async function someTable(schema: string, exclude: readonly string[]): Promise<string> {
  const { rows } = await admin.query<{ name: string }>(
    "select tablename as name from pg_tables where schemaname = $1 and tablename <> 'mikro_orm_migrations' and tablename <> all($2) order by tablename limit 1",
    [schema, exclude],
  );
  return rows[0].name;
}

describe('the runtime role of each subgraph', () => {
  it.each(subgraphs)('%s: logs in as its own role, is no superuser, creates no roles or databases, bypasses no row security and owns nothing', async (name, module) => {
    const schema = module.database.schema;
    const { rows } = await runtime.get(name)!.query(
      `select session_user as "user", rolsuper as superuser, rolcreaterole as "createRole", rolcreatedb as "createDb",
              rolbypassrls as "bypassRls", rolreplication as replication,
              (select count(*)::int from pg_class where relowner = r.oid) + (select count(*)::int from pg_namespace where nspowner = r.oid)
              + (select count(*)::int from pg_proc where proowner = r.oid) + (select count(*)::int from pg_type where typowner = r.oid) as owns
       from pg_roles r where rolname = session_user`,
    );
    expect(rows).toEqual([{ user: runtimeRole(schema), superuser: false, createRole: false, createDb: false, bypassRls: false, replication: false, owns: 0 }]);
  });

  it.each(subgraphs)('%s: cannot turn triggers off for the session, in or out of a transaction', async (name) => {
    const client = runtime.get(name)!;
    expect(await refusal(client, 'set session_replication_role = replica')).toEqual(denied('permission denied to set parameter "session_replication_role"'));
    expect(await refusal(client, 'set local session_replication_role = replica')).toEqual(denied('permission denied to set parameter "session_replication_role"'));
  });

  it.each(subgraphs)('%s: may run no DDL, in its own schema or anywhere', async (name, module) => {
    const client = runtime.get(name)!;
    const schema = module.database.schema;
    const table = await someTable(schema, module.database.appendOnlyTables);
    expect({
      createTable: await refusal(client, `create table ${schema}.intruder (id int)`),
      createTableInPublic: await refusal(client, 'create table public.intruder (id int)'),
      createTemporaryTable: await refusal(client, 'create temporary table intruder (id int)'),
      createFunction: await refusal(client, `create function ${schema}.intruder() returns int language sql as 'select 1'`),
      createSchema: await refusal(client, 'create schema intruder'),
      alterTable: await refusal(client, `alter table ${schema}.${table} add column intruder int`),
      disableTrigger: await refusal(client, `alter table ${schema}.${table} disable trigger all`),
      dropTable: await refusal(client, `drop table ${schema}.${table}`),
      truncate: await refusal(client, `truncate ${schema}.${table}`),
    }).toEqual({
      createTable: denied(`permission denied for schema ${schema}`),
      createTableInPublic: denied('permission denied for schema public'),
      createTemporaryTable: denied(`permission denied to create temporary tables in database "${(await admin.query('select current_database() as d')).rows[0].d}"`),
      createFunction: denied(`permission denied for schema ${schema}`),
      createSchema: denied(`permission denied for database ${(await admin.query('select current_database() as d')).rows[0].d}`),
      alterTable: denied(`must be owner of table ${table}`),
      disableTrigger: denied(`must be owner of table ${table}`),
      dropTable: denied(`must be owner of table ${table}`),
      truncate: denied(`permission denied for table ${table}`),
    });
  });

  it.each(subgraphs)("%s: cannot read another subgraph's schema", async (name, module) => {
    const client = runtime.get(name)!;
    const [other, table] = module.database.schema === 'registry' ? ['owners', 'owners_ballot'] : ['registry', 'person'];
    expect(await refusal(client, `select * from ${other}.${table} limit 1`)).toEqual(denied(`permission denied for schema ${other}`));
  });

  it.each(appendOnly)('%s: may read and append, but not change, remove, truncate or unprotect its rows', async (qualified, module) => {
    const client = runtime.get(module.name)!;
    const table = qualified.split('.')[1];
    const { rows: triggers } = await admin.query<{ name: string }>(
      'select tgname as name from pg_trigger where tgrelid = $1::regclass and not tgisinternal order by tgname',
      [qualified],
    );
    expect(await refusal(client, `select count(*) from ${qualified}`)).toBeNull();
    const dropTriggers = [];
    for (const { name } of triggers) dropTriggers.push(await refusal(client, `drop trigger "${name}" on ${qualified}`));
    expect({
      update: await refusal(client, `update ${qualified} set id = id`),
      delete: await refusal(client, `delete from ${qualified}`),
      truncate: await refusal(client, `truncate ${qualified}`),
      disableTrigger: await refusal(client, `alter table ${qualified} disable trigger user`),
      dropTriggers,
    }).toEqual({
      update: denied(`permission denied for table ${table}`),
      delete: denied(`permission denied for table ${table}`),
      truncate: denied(`permission denied for table ${table}`),
      disableTrigger: denied(`must be owner of table ${table}`),
      dropTriggers: triggers.map(() => denied(`must be owner of relation ${table}`)),
    });
  });
});

describe('privileges as the database records them', () => {
  it('gives each runtime role usage of its own schema only, and create on none', async () => {
    const roles = SUBGRAPHS.map((module) => runtimeRole(module.database.schema));
    const { rows } = await admin.query<{ role: string; schema: string; usage: boolean; create: boolean }>(
      `select r as role, n.nspname as schema, has_schema_privilege(r, n.oid, 'USAGE') as usage, has_schema_privilege(r, n.oid, 'CREATE') as create
       from unnest($1::text[]) r, pg_namespace n
       where n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema' and (has_schema_privilege(r, n.oid, 'USAGE') or has_schema_privilege(r, n.oid, 'CREATE'))
       order by 1, 2`,
      [roles],
    );
    expect(rows).toEqual(
      SUBGRAPHS.map((module) => ({ role: runtimeRole(module.database.schema), schema: module.database.schema, usage: true, create: false })).sort((a, b) =>
        a.role.localeCompare(b.role),
      ),
    );
  });

  it('gives no runtime role TRUNCATE, TRIGGER or REFERENCES on any table, and only SELECT and INSERT on append-only ones', async () => {
    const { rows } = await admin.query<{ schema: string; table: string; privileges: string[] }>(
      `select n.nspname as schema, c.relname as table,
              array(select p from unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) p
                    where has_table_privilege(n.nspname || '_runtime', c.oid, p)) as privileges
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = any($1) and c.relkind in ('r', 'p') order by 1, 2`,
      [SUBGRAPHS.map((module) => module.database.schema)],
    );
    const expected = (schema: string, table: string) => {
      if (table === 'mikro_orm_migrations') return [];
      const module = SUBGRAPHS.find((candidate) => candidate.database.schema === schema)!;
      return module.database.appendOnlyTables.includes(table) ? ['SELECT', 'INSERT'] : ['SELECT', 'INSERT', 'UPDATE', 'DELETE'];
    };
    expect(rows.length).toBeGreaterThan(30);
    expect(rows).toEqual(rows.map(({ schema, table }) => ({ schema, table, privileges: expected(schema, table) })));
  });

  it('keeps every object of a schema owned by its migration role', async () => {
    const { rows } = await admin.query<{ schema: string; owners: string[] }>(
      `select n.nspname as schema, array(select distinct pg_get_userbyid(owner)::text from (
          select n.nspowner as owner union all select relowner from pg_class where relnamespace = n.oid
          union all select proowner from pg_proc where pronamespace = n.oid union all select typowner from pg_type where typnamespace = n.oid) o) as owners
       from pg_namespace n where n.nspname = any($1) order by 1`,
      [SUBGRAPHS.map((module) => module.database.schema)],
    );
    expect(rows).toEqual(SUBGRAPHS.map((module) => ({ schema: module.database.schema, owners: [ownerRole(module.database.schema)] })).sort((a, b) => a.schema.localeCompare(b.schema)));
  });
});

describe('the second line of defence', () => {
  it.each(appendOnly)('%s: has triggers refusing UPDATE, DELETE and TRUNCATE, which stop even its owner', async (qualified, module) => {
    // tgtype bits: 8 DELETE, 16 UPDATE, 32 TRUNCATE (before, row or statement).
    const { rows } = await admin.query<{ update: boolean; delete: boolean; truncate: boolean }>(
      `select bool_or(tgtype & 16 > 0) as update, bool_or(tgtype & 8 > 0) as delete, bool_or(tgtype & 32 > 0) as truncate
       from pg_trigger where tgrelid = $1::regclass and not tgisinternal and tgenabled <> 'D'`,
      [qualified],
    );
    expect(rows).toEqual([{ update: true, delete: true, truncate: true }]);
    const owner = new pg.Client({ connectionString: graph.migrationDatabaseUrls.get(module.name) });
    await owner.connect();
    try {
      const refused = await refusal(owner, `truncate ${qualified} cascade`);
      expect(refused?.message).toMatch(/append-only|immutable/);
    } finally {
      await owner.end();
    }
  });
});

describe('the set-up steps', () => {
  // Last in this file: they add a table to the registry schema.
  it('hand over what an earlier version created as another role, and grant a table they do not know by name, the same when run again', async () => {
    // The sandbox's own copy of the registry module: its ORM below is the sandbox's, and must know its own classes.
    const registry = (await import('../subgraphs/registry/src/subgraph.js')).registrySubgraph;
    await admin.query('create table registry.legacy_note (id serial primary key, text text)');
    const state = async () =>
      (
        await admin.query(
          `select pg_get_userbyid(c.relowner)::text as owner,
                  array(select p from unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) p
                        where has_table_privilege('registry_runtime', c.oid, p)) as privileges,
                  has_sequence_privilege('registry_runtime', 'registry.legacy_note_id_seq', 'USAGE') as "sequenceUsage"
           from pg_class c where c.oid = 'registry.legacy_note'::regclass`,
        )
      ).rows;
    expect(await state()).toEqual([{ owner: 'postgres', privileges: [], sequenceUsage: false }]);
    for (let run = 0; run < 2; run++) {
      await secureDatabase(graph.adminDatabaseUrl, SUBGRAPHS.map((module) => module.database.schema));
      const orm = await createOrm(graph.migrationDatabaseUrls.get('registry')!, registry.database, { role: ownerRole('registry') });
      try {
        await grantRuntimePrivileges(orm, registry.database);
      } finally {
        await orm.close();
      }
      expect(await state()).toEqual([{ owner: 'registry_owner', privileges: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'], sequenceUsage: true }]);
    }
    expect(await refusal(runtime.get('registry')!, "insert into registry.legacy_note (text) values ('x')")).toBeNull();
  });
});
