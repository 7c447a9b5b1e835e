import { MikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Constructor, EntityClass } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { DataloaderType, DefaultLogger, type LoggerOptions, type LogContext } from '@mikro-orm/core';

/** What a subgraph owns in Postgres: its own schema, its entities and its committed migrations, in order. */
export interface SubgraphDatabase {
  /** The Postgres schema (namespace) holding every table of the subgraph, e.g. "registry". */
  schema: string;
  entities: EntityClass<object>[];
  migrations: { name: string; class: Constructor<Migration> }[];
  /** Where `npm run migration:create` writes new migration files (relative to the repository root). */
  migrationsFolder: string;
  /**
   * Tables whose rows are never changed or removed once written: the service's role may only read and insert them
   * (see database-privileges.ts). Every other table of the schema it may read, insert, update and delete.
   */
  appendOnlyTables: readonly string[];
}

export interface OrmOptions {
  /** Called with every SQL statement the ORM sends (its text, unformatted); used to count statements in tests. */
  onQuery?: (sql: string) => void;
  poolMax?: number;
  /** Postgres cancels statements running longer than this (none when omitted, e.g. for migrations). */
  statementTimeoutMs?: number;
  /**
   * Postgres role every connection acts as (`SET ROLE` at connect): migrations pass the schema's owner role, so
   * what they create is owned by it whichever login the URL names (the owner itself, or an admin that is a member).
   */
  role?: string;
}

/**
 * Hands each statement's text to a listener as the ORM sends it, without the default logger's formatting (colours
 * looked up in the environment, timings appended), which cost a tenth of a millisecond a statement.
 */
class StatementListener extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly listener: (sql: string) => void,
  ) {
    super(options);
  }

  override logQuery(context: LogContext): void {
    if ((context.namespace ?? 'query') === 'query') this.listener(context.query ?? '');
  }
}

/** MikroORM bound to one subgraph's Postgres schema, with its migrations registered (never schema sync). */
export async function createOrm(databaseUrl: string, database: SubgraphDatabase, options: OrmOptions = {}): Promise<MikroORM> {
  return MikroORM.init({
    clientUrl: databaseUrl,
    entities: database.entities,
    schema: database.schema,
    extensions: [Migrator],
    dataloader: DataloaderType.ALL,
    allowGlobalContext: false,
    // Databases are created by `npm start` or the deployment, never implicitly on connect.
    ensureDatabase: false,
    pool: { min: 0, max: options.poolMax ?? 10 },
    driverOptions: {
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs, connectionTimeoutMillis: 10_000 } : {}),
      ...(options.role ? { options: `-c role=${options.role}` } : {}),
    },
    debug: options.onQuery ? ['query'] : false,
    logger: () => undefined,
    ...(options.onQuery ? { loggerFactory: (loggerOptions: LoggerOptions) => new StatementListener(loggerOptions, options.onQuery!) } : {}),
    colors: false,
    migrations: {
      migrationsList: database.migrations,
      path: database.migrationsFolder,
      schema: database.schema,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: true,
    },
  });
}

/**
 * Creates the subgraph's schema if it is missing and applies pending migrations; returns the names applied. Where
 * roles are set up (database-roles), the schema already exists, owned by the migration role, which may not create
 * schemas: so it is created only when absent.
 */
export async function migrate(orm: MikroORM, database: SubgraphDatabase): Promise<string[]> {
  const connection = orm.em.getConnection();
  const existing = await connection.execute<unknown[]>('select 1 from pg_namespace where nspname = ?', [database.schema]);
  if (!existing.length) await connection.execute(`create schema "${database.schema}"`);
  const applied = await orm.migrator.up();
  return applied.map((migration) => migration.name);
}
