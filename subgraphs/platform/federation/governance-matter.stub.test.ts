import 'reflect-metadata';
import { printSchema } from 'graphql';
import { buildSchema, Query, Resolver } from 'type-graphql';
import { createGovernanceMatterStub } from './governance-matter.stub.js';

const GovernanceMatterStub = createGovernanceMatterStub();
type GovernanceMatterStub = InstanceType<typeof GovernanceMatterStub>;

@Resolver()
class StubQuery {
  @Query(() => GovernanceMatterStub, { nullable: true })
  matter(): GovernanceMatterStub | null {
    return null;
  }
}

describe('governance matter stub', () => {
  it('makes a new class per subgraph, so no subgraph sees another one\'s fields', () => {
    expect(createGovernanceMatterStub()).not.toBe(GovernanceMatterStub);
  });

  it('is the key-only GovernanceMatter: an id and nothing else', async () => {
    const sdl = printSchema(await buildSchema({ resolvers: [StubQuery], skipCheck: true }));
    expect(sdl).toContain('"""A governance matter (议事事项), owned by the party subgraph."""\ntype GovernanceMatter {\n  """Its id."""\n  id: ID!\n}');
  });
});
