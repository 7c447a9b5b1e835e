import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { execute, parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { createOwnersSchema } from '../subgraph.js';

/** A stand-in for the party subgraph's side of the contract: `Person.partyMember: Boolean! @inaccessible`. */
const PARTY_CONTRACT = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@inaccessible"])
  type Person @key(fields: "id") { id: ID! partyMember: Boolean! @inaccessible }
  type Query { partyContractPing: Boolean }
`;

describe('party membership through federation (once party is merged)', () => {
  it('composes with the registry and a party subgraph that provides Person.partyMember', async () => {
    const owners = printSubgraphSchema(await createOwnersSchema({ jurisdictions: new Map(), partyMembership: true }));
    expect(owners).toContain('partyMember: Boolean! @external');
    expect(owners).toContain('committeePosts: [OwnersCommitteePost!]! @requires(fields: "partyMember")');
    const result = composeServices([
      { name: 'registry', url: 'http://registry', typeDefs: parse(readFileSync('schema/registry.graphql', 'utf8')) },
      { name: 'owners', url: 'http://owners', typeDefs: parse(owners) },
      { name: 'party', url: 'http://party', typeDefs: parse(PARTY_CONTRACT) },
    ]);
    expect(result.errors).toBeUndefined();
    // Still invisible to clients.
    expect(result.schema!.toAPISchema().toGraphQLJSSchema().getType('Person')!.toString()).toBe('Person');
    expect(result.supergraphSdl).toContain('partyMember: Boolean! @inaccessible @join__field(graph: OWNERS, external: true) @join__field(graph: PARTY)');
  });

  it('records the standing the gateway brings on the person\'s committee posts', async () => {
    const schema = await createOwnersSchema({ jurisdictions: new Map(), partyMembership: true });
    const statements: unknown[][] = [];
    const contextValue = {
      em: { execute: async (sql: string, params: unknown[]) => (statements.push([sql, params]), []) },
      loaders: { postsOfPerson: { load: async () => [] } },
    };
    const id = '3f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42';
    const response = await execute({
      schema,
      document: parse('query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { committeePosts { role } } } }'),
      variableValues: { r: [{ __typename: 'Person', id, partyMember: true }] },
      contextValue,
    });
    expect(response).toEqual({ data: { _entities: [{ committeePosts: [] }] } });
    expect(statements).toEqual([
      ['update owners.committee_member set party_member = ?, party_member_seen_at = now() where person_id = ? and party_member is distinct from ?', [true, id, true]],
    ]);
  });
});
