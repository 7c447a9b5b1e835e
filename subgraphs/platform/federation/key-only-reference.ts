import { requireId } from '../ids/id.js';

/**
 * The `__resolveReference` of another subgraph's entity that this subgraph only extends (a key-only stub): it
 * resolves to the key itself, with the id checked first, so a malformed id in an `_entities` call gets
 * BAD_USER_INPUT instead of reaching a query. The fields this subgraph adds check access themselves.
 */
export function keyOnlyReference<Key extends { id: string }>(): { __resolveReference: (reference: Key) => Key } {
  return { __resolveReference: (reference) => ({ ...reference, id: requireId(reference.id) }) };
}

/** Key-only references for several stub types at once, keyed by type name. */
export function keyOnlyReferences<Name extends string>(...typeNames: Name[]): Record<Name, ReturnType<typeof keyOnlyReference>> {
  return Object.fromEntries(typeNames.map((name) => [name, keyOnlyReference()])) as Record<Name, ReturnType<typeof keyOnlyReference>>;
}
