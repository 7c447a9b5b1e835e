import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A key-only stub of another subgraph's entity: its GraphQL name, its description, and an id. `resolvable: false`
 * for the ones this subgraph only returns as references (it adds no field to them).
 *
 * A factory, not a class to extend: type-graphql keeps every class's fields and field resolvers in one global store
 * keyed by class, so each stub is its own class, made once in the stub file (src/stubs/<owning-subgraph>.stub.ts)
 * of each subgraph that extends the entity. `idDescription` is the id field's description, the platform's unless given.
 */
export function createKeyOnlyStub(name: string, description: string, options: { resolvable: boolean; idDescription?: string }) {
  @Directive(options.resolvable ? '@key(fields: "id")' : '@key(fields: "id", resolvable: false)')
  @ObjectType(name, { description })
  class KeyOnlyStub {
    @Field(() => ID, { description: options.idDescription ?? 'Stable identifier (标识).' })
    id!: string;
  }
  return KeyOnlyStub;
}
