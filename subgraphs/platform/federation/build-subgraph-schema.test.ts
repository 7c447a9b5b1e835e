import 'reflect-metadata';
import { printSubgraphSchema } from '@apollo/subgraph';
import { execute, parse } from 'graphql';
import { Arg, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { buildFederatedSchema } from './build-subgraph-schema.js';
import { createKeyOnlyStub } from './key-only-stub.js';

const CommunityStub = createKeyOnlyStub('Community', 'A community, owned elsewhere.', { resolvable: true });
type CommunityStub = InstanceType<typeof CommunityStub>;

@Resolver()
class DeadlineQuery {
  @Query(() => String, { description: 'Echoes its arguments.' })
  deadlines(@Arg('withinDays', () => Int, { defaultValue: 30 }) withinDays: number, @Arg('status', () => String, { nullable: true }) status?: string): string {
    return `${withinDays} ${status ?? '-'}`;
  }
}

@Resolver(() => CommunityStub)
class CommunityDeadlines {
  @FieldResolver(() => String, { description: 'Echoes its arguments.' })
  deadlines(@Root() community: CommunityStub, @Arg('withinDays', () => Int, { defaultValue: 30 }) withinDays: number, @Arg('status', () => String, { nullable: true }) status?: string): string {
    return `${community.id} ${withinDays} ${status ?? '-'}`;
  }
}

const build = () => buildFederatedSchema({
    resolvers: [DeadlineQuery, CommunityDeadlines],
    orphanedTypes: [CommunityStub],
    references: { Community: { __resolveReference: (reference) => reference } },
  });
const argumentsOf = (sdl: string, field: string) => [...sdl.matchAll(new RegExp(`${field}\\(([^)]*)\\)`, 'g'))].map((match) => match[1].replace(/\s+/g, ' ').trim());

describe('a subgraph schema', () => {
  it('lists every field\'s arguments as the code declares them, also when built again after the field was resolved', async () => {
    const first = await build();
    const resolved = await execute({
      schema: first,
      document: parse('{ deadlines(status: "OVERDUE") _entities(representations: [{ __typename: "Community", id: "c1" }]) { ... on Community { deadlines(withinDays: 7) } } }'),
      contextValue: {},
    });
    expect(resolved).toEqual({ data: { deadlines: '30 OVERDUE', _entities: [{ deadlines: 'c1 7 -' }] } });
    const sdl = printSubgraphSchema(first);
    expect(printSubgraphSchema(await build())).toBe(sdl);
    expect(argumentsOf(sdl, 'deadlines')).toEqual(['withinDays: Int! = 30, status: String', 'withinDays: Int! = 30, status: String']);
  });
});
