import { isId } from '../../../platform/ids/id.js';

/** Ids as the gateway brought them, normalised; anything that is not an id cannot match a post and is dropped. */
export const gatewayIds = (values: readonly (string | null | undefined)[] | null | undefined): string[] =>
  (values ?? []).filter((value): value is string => typeof value === 'string' && isId(value)).map((value) => value.toLowerCase());

/*
 * Recusal flags are shown to whoever may read the motion or meeting: its own subgraph checked that before the
 * gateway asked here, and the ids come only from that subgraph (the fields are @inaccessible to clients). A
 * conflict of interest in a decision is meant to be disclosed (回避公示), so the flag does not follow the caller's
 * property scope the way Person.propertyPosts does.
 */
