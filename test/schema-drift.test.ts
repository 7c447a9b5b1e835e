import { readFile } from 'node:fs/promises';
import { SUBGRAPHS } from '../subgraphs/catalog.js';
import { composeSupergraph } from '../gateway/src/composition/compose-supergraph.js';
import { schemaFiles } from '../gateway/src/composition/schema-files.js';

describe('the committed schema', () => {
  it('composes, and schema/ matches what the code produces (run `npm run schema` after changing the schema)', async () => {
    const files = schemaFiles(await composeSupergraph(SUBGRAPHS));
    expect([...files.keys()].sort()).toEqual([...SUBGRAPHS.map((module) => `schema/${module.name}.graphql`), 'schema/supergraph.graphql'].sort());
    for (const [file, expected] of files) {
      const committed = await readFile(file, 'utf8').catch(() => '(missing)');
      expect({ file, content: committed }).toEqual({ file, content: expected });
    }
  });
});
