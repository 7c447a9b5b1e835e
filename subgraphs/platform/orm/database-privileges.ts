import type { MikroORM } from '@mikro-orm/postgresql';
import type { SubgraphDatabase } from './subgraph-database.js';

/**
 * Each subgraph's schema has two Postgres roles. The owner role owns the schema and every object in it and is used
 * only by migrations. The runtime role is what the service connects as: it owns nothing, may use only its own
 * schema, and may only read and insert append-only tables — so no statement the service sends can change history,
 * disable a trigger or alter the schema.
 */
export function ownerRole(schema: string): string {
  return `${schema}_owner`;
}

export function runtimeRole(schema: string): string {
  return `${schema}_runtime`;
}

/** MikroORM's own bookkeeping of applied migrations: the service has no business with it. */
const MIGRATIONS_TABLE = 'mikro_orm_migrations';

/**
 * Sets the runtime role's privileges on the subgraph's schema from scratch, as its owner, after migrations: every
 * table the migrations left (by name or not) gets read and write, the declared append-only ones read and insert
 * only, sequences usage. Runs in one transaction, so there is no moment with wider rights; running it again
 * changes nothing.
 */
export async function grantRuntimePrivileges(orm: MikroORM, database: SubgraphDatabase): Promise<void> {
  const schema = `"${database.schema}"`;
  const runtime = `"${runtimeRole(database.schema)}"`;
  await orm.em.transactional(async (em) => {
    const connection = em.getConnection();
    const context = em.getTransactionContext();
    const run = (sql: string) => connection.execute(sql, [], 'run', context);
    const relations = await connection.execute<{ name: string; kind: string }[]>(
      `select c.relname as name, c.relkind as kind from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = ? and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')`,
      [database.schema],
      'all',
      context,
    );
    const tables = new Set(relations.filter((relation) => ['r', 'p'].includes(relation.kind)).map((relation) => relation.name));
    const missing = database.appendOnlyTables.filter((table) => !tables.has(table));
    if (missing.length) throw new Error(`${database.schema}: append-only tables not found: ${missing.join(', ')}.`);

    await run(`revoke all on schema ${schema} from public`);
    await run(`grant usage on schema ${schema} to ${runtime}`);
    await run(`revoke all on all tables in schema ${schema} from public, ${runtime}`);
    await run(`revoke all on all sequences in schema ${schema} from public, ${runtime}`);
    for (const { name, kind } of relations) {
      if (name === MIGRATIONS_TABLE) continue;
      const target = `${schema}."${name}"`;
      if (kind === 'S') await run(`grant usage, select on sequence ${target} to ${runtime}`);
      else if (['v', 'm'].includes(kind)) await run(`grant select on ${target} to ${runtime}`);
      else if (database.appendOnlyTables.includes(name)) await run(`grant select, insert on ${target} to ${runtime}`);
      else await run(`grant select, insert, update, delete on ${target} to ${runtime}`);
    }
  });
}
