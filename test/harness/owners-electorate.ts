import type { GraphStack } from './graph-stack.js';

export const READ_SIGNED_ROSTER = 'query($id: ID!) { neighborhood(id: $id) { signedOwnersRoster } }';
export const RECORD_ELECTORATE = `mutation($input: RecordOwnersElectorateInput!) {
  recordOwnersElectorate(input: $input) { id unitCount totalArea totalOwners }
}`;

/**
 * Records a neighborhood's electorate as a client does: reads the registry's signed roster, then passes it to
 * `recordOwnersElectorate`, both with `token`. Returns the mutation's response; throws if the roster was refused.
 */
export async function recordElectorate(graph: GraphStack, token: string, neighborhoodId: string, idempotencyKey?: string) {
  const read = await graph.graphql<{ neighborhood: { signedOwnersRoster: string } }>(READ_SIGNED_ROSTER, { token, variables: { id: neighborhoodId } });
  const signedRoster = read.body.data?.neighborhood?.signedOwnersRoster;
  if (!signedRoster) throw new Error(`no signed roster: ${JSON.stringify(read.body.errors)}`);
  return graph.graphql<{ recordOwnersElectorate: { id: string; unitCount: number; totalArea: string; totalOwners: number } }>(RECORD_ELECTORATE, {
    token,
    variables: { input: { neighborhoodId, signedRoster, ...(idempotencyKey ? { idempotencyKey } : {}) } },
  });
}
