import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SUBGRAPHS } from '../../../subgraphs/catalog.js';
import { composeSupergraph } from './compose-supergraph.js';
import { SCHEMA_FOLDER, schemaFiles } from './schema-files.js';

// `npm run schema`: writes schema/<subgraph>.graphql and schema/supergraph.graphql from the code.
const files = schemaFiles(await composeSupergraph(SUBGRAPHS));
await mkdir(SCHEMA_FOLDER, { recursive: true });
for (const [file, content] of files) {
  await writeFile(file, content);
  console.log(`wrote ${path.normalize(file)}`);
}
