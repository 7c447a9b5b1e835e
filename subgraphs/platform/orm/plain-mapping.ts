import type { EntityMetadata } from '@mikro-orm/core';

/** Per entity, whether its rows map to it column for column; decided once. */
const plainly = new WeakMap<EntityMetadata, boolean>();

/**
 * Whether rows of the entity map to it column for column, so that a `select *` row mapped by the driver is all the
 * entity holds: no lazy, computed, eager, embedded or unpersisted properties, no filters, no discriminator.
 */
export function readsPlainly(meta: EntityMetadata): boolean {
  let plain = plainly.get(meta);
  if (plain === undefined) {
    plain =
      !meta.discriminatorColumn &&
      Object.keys(meta.filters ?? {}).length === 0 &&
      meta.props.every((prop) => !prop.lazy && !prop.formula && !prop.eager && prop.persist !== false && prop.kind !== 'embedded');
    plainly.set(meta, plain);
  }
  return plain;
}
