import { collectSubFields } from '@graphql-tools/utils';
import { getNamedType, isObjectType, type GraphQLResolveInfo } from 'graphql';

/**
 * The names of the fields a caller selected on the object a resolver returns (fragments, inline fragments and
 * @skip/@include applied, aliases resolved to field names): for a resolver that computes only what was asked for.
 * Empty when the field returns no object type.
 */
export function selectedFieldNames(info: GraphQLResolveInfo): ReadonlySet<string> {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return new Set();
  const { fields } = collectSubFields(info.schema, info.fragments, info.variableValues, type, [...info.fieldNodes]);
  return new Set([...fields.values()].map((nodes) => nodes[0].name.value));
}
