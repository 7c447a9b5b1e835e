import { readFile } from 'node:fs/promises';
import { schemaFiles } from '../gateway/src/composition/schema-files.js';
import { hostComposedSchemas, hostSubgraphModules } from './harness/graph-stack.js';

describe('the committed schema', () => {
  it('composes, and schema/ matches what the code produces (run `npm run schema` after changing the schema)', async () => {
    // Composed by the worker's host, from the same code `npm run schema` reads.
    const files = schemaFiles(await hostComposedSchemas());
    expect([...files.keys()].sort()).toEqual([...(await hostSubgraphModules()).map((module) => `schema/${module.name}.graphql`), 'schema/supergraph.graphql'].sort());
    for (const [file, expected] of files) {
      const committed = await readFile(file, 'utf8').catch(() => '(missing)');
      expect({ file, content: committed }).toEqual({ file, content: expected });
    }
  });
});
