import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { organizationCodeCheckCharacter, withCreditCodeCheck } from '../../subgraphs/property/src/company/credit-code.js';

/** Ids of the target: the demo neighborhood's records, one per table (`schema.table`), and its places. */
export interface Targets {
  districtId: string;
  streetId: string;
  communityId: string;
  neighborhoodId: string;
  /** The neighborhood's place certificate, read by the district (a stolen certificate is the attack). */
  placeCertificate: string;
  /** A governance matter's link certificate for the neighborhood, as its branch reads it. */
  matterCertificate: string;
  /** A row of `schema.table` in the target neighborhood (or its community, or street), by id; `index` picks another. */
  row(table: string, index?: number): string;
}

/** Ids by the name of the field that holds them, when the name says what they point at. */
function idFor(name: string, t: Targets): string | undefined {
  const byName: Record<string, () => string> = {
    districtId: () => t.districtId,
    streetId: () => t.streetId,
    communityId: () => t.communityId,
    neighborhoodId: () => t.neighborhoodId,
    residenceNeighborhoodId: () => t.neighborhoodId,
    buildingId: () => t.row('registry.building'),
    unitId: () => t.row('registry.unit'),
    householdUnitId: () => t.row('registry.unit'),
    servedUnitIds: () => t.row('registry.unit'),
    personId: () => t.row('registry.person'),
    residentId: () => t.row('registry.person'),
    residentPersonId: () => t.row('registry.person'),
    ownerIds: () => t.row('registry.person'),
    participantIds: () => t.row('registry.person'),
    presentPersonIds: () => t.row('registry.person'),
    inFavourPersonIds: () => t.row('registry.person'),
    organizationId: () => t.row('party.organization'),
    memberId: () => t.row('party.member'),
    pairedUnitIds: () => t.row('cobuilding.joint_building_unit'),
    companyId: () => t.row('property.property_company'),
    contractId: () => t.row('property.service_contract'),
    motionId: () => t.row('owners.owners_motion'),
    resolutionId: () => t.row('owners.resolution'),
    committeeId: () => t.row('owners.owners_committee'),
    ratingId: () => t.row('party.star_rating'),
    meetingId: () => t.row('party.joint_meeting'),
    matterId: () => t.row('party.governance_matter'),
    needId: () => t.row('cobuilding.need'),
    resourceId: () => t.row('cobuilding.resource'),
  };
  return byName[name]?.();
}

const DATE_FIELDS = /(On|Start|End|since)$/;
const INTS: Record<string, number> = { year: 2026, quarter: 1, stars: 3, rating: 5, satisfaction: 5, score: 80, beneficiaries: 10, floors: 6 };

/** A plausible value of `type` for a field called `name`: the input passes validation, so the place check decides. */
export function sampleValue(type: GraphQLInputType, name: string, t: Targets, required: boolean): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name, t, true);
  if (isListType(type)) return [sampleValue(type.ofType, name, t, true)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(named.getFields())) {
      if (!isNonNullType(field.type) && !required) continue;
      if (isNonNullType(field.type) || ['certificate'].includes(field.name)) value[field.name] = sampleValue(field.type, field.name, t, isNonNullType(field.type));
    }
    return value;
  }
  if (!isScalarType(named)) return null;
  switch (named.name) {
    case 'ID':
      return idFor(name, t) ?? t.row('registry.neighborhood');
    case 'Int':
      return INTS[name] ?? 1;
    case 'Boolean':
      return false;
    case 'Decimal':
      return '2.5';
    case 'DateTimeISO':
      return '2026-06-01T08:00:00.000Z';
    default:
      if (/[cC]ertificate$/.test(name)) return t.placeCertificate;
      if (name === 'id') return t.row('registry.neighborhood');
      if (DATE_FIELDS.test(name)) return '2026-06-01';
      if (name === 'creditCode') return withCreditCodeCheck(`91370832MA3C8E1X${organizationCodeCheckCharacter('MA3C8E1X')}`);
      if (name === 'idempotencyKey') return 'matrix-0001-0001-0001';
      return '矩阵测试：越权调用的输入';
  }
}

/** Variables for every argument of a mutation, required ones filled, then the entry's overrides laid over them. */
export function variablesFor(field: GraphQLField<unknown, unknown>, t: Targets, overrides: Record<string, unknown>): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) if (isNonNullType(arg.type)) variables[arg.name] = sampleValue(arg.type, arg.name, t, true);
  return merge(variables, overrides);
}

function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const result = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = result[key];
    result[key] =
      value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object' && !Array.isArray(current)
        ? merge(current as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return result;
}

/** The operation text that calls `field` with every argument as a variable and selects only `__typename`. */
export function operationFor(field: GraphQLField<unknown, unknown>, variables: Record<string, unknown>): string {
  const args = field.args.filter((arg) => arg.name in variables);
  const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `mutation${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} { __typename } }`;
}
