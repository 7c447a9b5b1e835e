import { badUserInput } from '../../../platform/errors/error-codes.js';
import { DEFAULT_PAGE_SIZE, type Page, type PageArgs } from '../../../platform/pagination/connection.js';

/**
 * A page of a list already in memory (here: an area's neighborhoods, as the registry gave them through `@requires`),
 * in the stable order of `keyOf` (ids), resumed after the cursor's key. Same cursors' contract as the keyset pages.
 */
export function pageOfSorted<T>(items: readonly T[], page: PageArgs, keyOf: (item: T) => string): Page<T> {
  const sorted = [...items].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const size = page.first ?? DEFAULT_PAGE_SIZE;
  let start = 0;
  if (page.after) {
    let key: unknown;
    try {
      key = JSON.parse(Buffer.from(page.after, 'base64url').toString('utf8'));
    } catch {
      key = null;
    }
    if (typeof key !== 'string') throw badUserInput('The cursor in "after" is not one this list returned: pass a pageInfo.endCursor.', { field: 'after' });
    start = sorted.findIndex((item) => keyOf(item) > key);
    if (start < 0) start = sorted.length;
  }
  const nodes = sorted.slice(start, start + size);
  const last = nodes.at(-1);
  return {
    nodes,
    pageInfo: { hasNextPage: start + size < sorted.length, endCursor: last ? Buffer.from(JSON.stringify(keyOf(last)), 'utf8').toString('base64url') : null },
    totalCount: async () => sorted.length,
  };
}
