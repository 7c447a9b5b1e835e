import { readFile } from 'node:fs/promises';
import { Supergraph } from '@apollo/federation-internals';
import { parse, validate } from 'graphql';

/** The operations README.md shows, as a newcomer would copy them. */
async function readmeOperations(): Promise<string[]> {
  const readme = await readFile('README.md', 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
  return blocks.flatMap((block) => block.split(/\n(?=#)/).map((part) => part.replace(/^#.*$/gm, '').trim()).filter(Boolean));
}

describe('README examples', () => {
  it('are valid operations against the committed supergraph', async () => {
    const api = Supergraph.build(await readFile('schema/supergraph.graphql', 'utf8')).apiSchema().toGraphQLJSSchema();
    const operations = await readmeOperations();
    expect(operations.length).toBeGreaterThan(5);
    const problems = operations.flatMap((operation) => validate(api, parse(operation)).map((error) => `${error.message} in: ${operation.slice(0, 60)}`));
    expect(problems).toEqual([]);
  });
});
