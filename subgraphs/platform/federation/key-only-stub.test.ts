import 'reflect-metadata';
import { printSchema } from 'graphql';
import { buildSchema, Query, Resolver } from 'type-graphql';
import { createKeyOnlyStub } from './key-only-stub.js';

const BuildingStub = createKeyOnlyStub('Building', 'A building, owned elsewhere.', { resolvable: false });
type BuildingStub = InstanceType<typeof BuildingStub>;
const StreetStub = createKeyOnlyStub('Street', 'A street, owned elsewhere.', { resolvable: true, idDescription: 'Its id.' });
type StreetStub = InstanceType<typeof StreetStub>;

@Resolver()
class StubQuery {
  @Query(() => BuildingStub, { nullable: true })
  building(): BuildingStub | null {
    return null;
  }

  @Query(() => StreetStub, { nullable: true })
  street(): StreetStub | null {
    return null;
  }
}

describe('key-only stub', () => {
  it('makes a new class per call, so no subgraph sees another one\'s fields', () => {
    expect(createKeyOnlyStub('Building', 'A building, owned elsewhere.', { resolvable: false })).not.toBe(BuildingStub);
  });

  it("is its name, its description and an id, described as the platform's identifier unless told otherwise", async () => {
    const sdl = printSchema(await buildSchema({ resolvers: [StubQuery], skipCheck: true }));
    expect(sdl).toContain('"""A building, owned elsewhere."""\ntype Building {\n  """Stable identifier (标识)."""\n  id: ID!\n}');
    expect(sdl).toContain('"""A street, owned elsewhere."""\ntype Street {\n  """Its id."""\n  id: ID!\n}');
  });
});
