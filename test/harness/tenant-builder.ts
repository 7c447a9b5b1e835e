import { Role } from '../../subgraphs/platform/access/role.js';
import type { GraphStack } from './graph-stack.js';

/**
 * Builds a tenant of a suite's own through the gateway, as a street office would: a new neighborhood in one of the
 * demo district's communities, one building, units of the given areas each with an owner of its own, and tokens for
 * the offices and owners. Nothing of the demo district's own neighborhoods is touched, so what a suite counts and
 * reads of this neighborhood is only what it wrote itself.
 */
export interface TenantOptions {
  /** Names the tenant's people and tokens (a subject must be unique in a suite). */
  label: string;
  /** The units' areas in m², one owner each. */
  unitAreas: readonly number[];
  /** Which of the demo district's communities to build in (default: the first). */
  communityIndex?: number;
  neighborhoodName?: string;
}

export interface Tenant {
  communityId: string;
  streetId: string;
  neighborhoodId: string;
  /** The registry's signed certificate of the neighborhood's place, as createNeighborhood returned it. */
  placeCertificate: string;
  buildingId: string;
  /** The units in the order of `unitAreas`, with the owner of each. */
  units: { id: string; area: number; ownerId: string; ownerToken: string }[];
  /** A token of the neighborhood's street office. */
  streetToken: string;
  /** A token of the neighborhood's community office (居委会). */
  communityToken: string;
  /** A token of another street's office, which must be refused what is this street's. */
  otherStreetToken: string;
  /** Registers one more person of the community (e.g. a developer's or the street's representative). */
  person(name: string): Promise<string>;
}

const CREATE_NEIGHBORHOOD = 'mutation($input: CreateNeighborhoodInput!) { createNeighborhood(input: $input) { id placeCertificate } }';
const CREATE_BUILDING = 'mutation($input: CreateBuildingInput!) { createBuilding(input: $input) { id } }';
const CREATE_UNIT = 'mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }';
const CREATE_PERSON = 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }';
const SET_OWNERS = 'mutation($input: SetUnitOwnersInput!) { setUnitOwners(input: $input) { id } }';

async function data<T>(graph: GraphStack, query: string, token: string, variables: Record<string, unknown>): Promise<T> {
  const response = await graph.graphql<T>(query, { token, variables });
  if (response.body.errors || !response.body.data) throw new Error(`tenant builder: ${JSON.stringify(response.body.errors)}`);
  return response.body.data;
}

export async function buildTenant(graph: GraphStack, options: TenantOptions): Promise<Tenant> {
  const community = graph.plan.communities[options.communityIndex ?? 0];
  const otherStreet = graph.plan.streets.find((street) => street.id !== community.streetId)!;
  const issue = (subject: string, claims: Parameters<GraphStack['issuer']['issue']>[1]) => graph.issuer.issue(`${subject}-${options.label}`, claims, { expiresIn: '1h' });
  const streetToken = await issue('street-office', { role: Role.STREET, grant: { streetIds: [community.streetId] } });
  const communityToken = await issue('community-office', { role: Role.COMMUNITY, grant: { communityIds: [community.id] } });
  const otherStreetToken = await issue('other-street-office', { role: Role.STREET, grant: { streetIds: [otherStreet.id] } });
  const person = async (name: string) => (await data<{ createPerson: { id: string } }>(graph, CREATE_PERSON, streetToken, { input: { name, communityId: community.id } })).createPerson.id;

  const { createNeighborhood } = await data<{ createNeighborhood: { id: string; placeCertificate: string } }>(graph, CREATE_NEIGHBORHOOD, streetToken, {
    input: { communityId: community.id, name: options.neighborhoodName ?? `${options.label}花园`, address: '新华路1号', kind: 'CLOSED', builtYear: 2024 },
  });
  const { createBuilding } = await data<{ createBuilding: { id: string } }>(graph, CREATE_BUILDING, streetToken, {
    input: { neighborhoodId: createNeighborhood.id, number: '1号楼', floors: Math.max(1, options.unitAreas.length) },
  });
  const units: Tenant['units'] = [];
  for (const [index, area] of options.unitAreas.entries()) {
    const { createUnit } = await data<{ createUnit: { id: string } }>(graph, CREATE_UNIT, streetToken, {
      input: { buildingId: createBuilding.id, number: `${index + 1}01`, area: area.toFixed(2) },
    });
    const ownerId = await person(`业主${index + 1}`);
    await data(graph, SET_OWNERS, streetToken, { input: { unitId: createUnit.id, ownerIds: [ownerId], developerHeld: false } });
    units.push({ id: createUnit.id, area, ownerId, ownerToken: await issue(`owner-${index + 1}`, { role: Role.RESIDENT, person: ownerId }) });
  }
  return {
    communityId: community.id,
    streetId: community.streetId,
    neighborhoodId: createNeighborhood.id,
    placeCertificate: createNeighborhood.placeCertificate,
    buildingId: createBuilding.id,
    units,
    streetToken,
    communityToken,
    otherStreetToken,
    person,
  };
}
