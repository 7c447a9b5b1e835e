import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SubgraphModule } from '../../subgraphs/platform/federation/subgraph-module.js';
import { composeSupergraph } from '../../gateway/src/composition/compose-supergraph.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The sources a supergraph is made from: every subgraph's and the composer's code, and the locked library versions. */
const SOURCES = ['subgraphs', 'gateway/src/composition'];

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function sourceDigest(): string {
  const hash = createHash('sha256');
  for (const file of [...SOURCES.flatMap(sourceFiles), path.join(ROOT, 'package-lock.json')]) {
    hash.update(path.relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The supergraph composed from the current code, composed once per change of that code rather than once per suite:
 * printing six subgraph schemas and composing them took a few seconds of every suite's start-up. The cache key is a
 * digest of every file the schema is made from, so an edited resolver is never served a stale supergraph.
 */
export async function composedSupergraph(modules: readonly SubgraphModule[]): Promise<string> {
  const file = path.join(os.tmpdir(), `graph-test-supergraph-${sourceDigest()}.graphql`);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    const { supergraph } = await composeSupergraph(modules);
    const scratch = `${file}.${process.pid}`;
    writeFileSync(scratch, supergraph);
    renameSync(scratch, file);
    return supergraph;
  }
}
