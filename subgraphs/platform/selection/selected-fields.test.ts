import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { selectedFieldNames } from './selected-fields.js';

const schema = buildSchema(`
  type Figures { a: Int b: Int c: Int d: Int }
  type Query { figures: Figures count: Int }
`);

/** The names selectedFieldNames gives the `figures` resolver for an operation. */
async function selected(source: string, variableValues?: Record<string, unknown>): Promise<string[]> {
  let names: string[] = [];
  const result = await graphql({
    schema,
    source,
    variableValues,
    rootValue: {
      figures: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        names = [...selectedFieldNames(info)].sort();
        return {};
      },
    },
  });
  expect(result.errors).toBeUndefined();
  return names;
}

describe('selectedFieldNames', () => {
  it('names the fields selected, by field name, not alias', async () => {
    expect(await selected('{ figures { a total: b } }')).toEqual(['a', 'b']);
  });

  it('follows fragments and inline fragments', async () => {
    expect(await selected('{ figures { ...F ... on Figures { c } } } fragment F on Figures { b }')).toEqual(['b', 'c']);
  });

  it('applies @skip and @include with their variables', async () => {
    expect(await selected('query($no: Boolean!) { figures { a b @skip(if: $no) c @include(if: $no) } }', { no: true })).toEqual(['a', 'c']);
  });

  it('merges every occurrence of the field in the operation', async () => {
    expect(await selected('{ figures { a } figures { d } }')).toEqual(['a', 'd']);
  });

  it('gives the typename as a selected name, which no figure has', async () => {
    expect(await selected('{ figures { __typename } }')).toEqual(['__typename']);
  });
});
