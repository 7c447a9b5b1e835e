import 'reflect-metadata';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SUBGRAPHS } from '../../subgraphs/catalog.js';
import { createOrm, migrate } from '../../subgraphs/platform/orm/subgraph-database.js';
import { startEmbeddedPostgres, type RunningPostgres } from '../postgres/embedded-postgres.js';
import { findFreePort } from '../postgres/free-port.js';

// `npm run migration:create -- <subgraph> [name]`: diffs the subgraph's entities against a database with its
// existing migrations applied, writes the difference as a new migration, and lists it in migrations/index.ts.
const [subgraphName, name] = process.argv.slice(2);
const module = SUBGRAPHS.find((candidate) => candidate.name === subgraphName);
if (!module) {
  console.error(`Usage: npm run migration:create -- <${SUBGRAPHS.map((s) => s.name).join('|')}> [name]`);
  process.exit(2);
}

let postgres: RunningPostgres | undefined;
let tempDir: string | undefined;
let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'migration-'));
  postgres = await startEmbeddedPostgres({ dataDir: path.join(tempDir, 'pg'), port: await findFreePort(), password: 'migration', persistent: false });
  databaseUrl = postgres.url;
}

const orm = await createOrm(databaseUrl, module.database);
try {
  await migrate(orm, module.database);
  const result = await orm.migrator.create(module.database.migrationsFolder, false, false, name);
  if (!result.fileName) {
    console.log(`${module.name}: the entities match the migrations; nothing to create.`);
  } else {
    console.log(`${module.name}: wrote ${path.join(module.database.migrationsFolder, result.fileName)}`);
    await writeMigrationIndex(module.name, module.database.migrationsFolder);
  }
} finally {
  await orm.close();
  await postgres?.stop();
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
}

async function writeMigrationIndex(subgraph: string, folder: string): Promise<void> {
  const files = (await readdir(folder)).filter((file) => /^Migration\d+.*\.ts$/.test(file)).sort();
  const classes = files.map((file) => file.replace(/\.ts$/, ''));
  const exportName = `${subgraph}Migrations`;
  const lines = [
    `// The ${subgraph} subgraph's migrations in the order they apply. Written by \`npm run migration:create\`.`,
    ...classes.map((cls) => `import { ${cls} } from './${cls}.js';`),
    '',
    `export const ${exportName} = [`,
    ...classes.map((cls) => `  { name: '${cls}', class: ${cls} },`),
    '];',
    '',
  ];
  await writeFile(path.join(folder, 'index.ts'), lines.join('\n'));
}
