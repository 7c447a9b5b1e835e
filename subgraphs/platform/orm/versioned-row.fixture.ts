import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { TEST_ENV, testVariable } from '../../../test/harness/test-environment.js';
import { createOrm } from './subgraph-database.js';
import { VersionedRecord } from './versioned-record.js';

/** A versioned row for the tests of conditional updates: a status that steps move on, a free-text note and labels. */
@Entity({ tableName: 'ticket' })
export class Ticket extends VersionedRecord<'status' | 'note' | 'labels'> {
  @Property({ type: 'string', length: 20 })
  status: string = 'OPEN';

  @Property({ type: 'string', length: 200, nullable: true })
  note: string | null = null;

  /** Labels, in a text array column: for clauses with array operators ($overlap, $contains). */
  @Property({ type: 'text[]' })
  labels: string[] = [];
}

export interface ScratchDatabase {
  orm: MikroORM;
  stop(): Promise<void>;
}

/** A database of the test's own on the test server, holding only the ticket table; dropped by `stop`. */
export async function startScratchDatabase(): Promise<ScratchDatabase> {
  const maintenanceUrl = testVariable(TEST_ENV.maintenanceUrl);
  const name = `orm_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: maintenanceUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`create database "${name}"`);
  const database = { schema: 'orm_test', entities: [Ticket], migrations: [], migrationsFolder: '', appendOnlyTables: [] };
  const orm = await createOrm(maintenanceUrl.replace(/\/[^/]+$/, `/${name}`), database);
  await orm.em.getConnection().execute('create schema orm_test');
  await orm.schema.create({ schema: 'orm_test' });
  return {
    orm,
    stop: async () => {
      await orm.close();
      await admin(`drop database "${name}" with (force)`);
    },
  };
}
