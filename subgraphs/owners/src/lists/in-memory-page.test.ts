import { pageOfSorted } from './in-memory-page.js';

describe('a page of a list in memory', () => {
  const items = ['c', 'a', 'e', 'b', 'd'].map((id) => ({ id }));
  const key = (item: { id: string }) => item.id;

  it('orders by key and resumes after the cursor, to the end', async () => {
    const first = pageOfSorted(items, { first: 2 }, key);
    expect(first.nodes.map(key)).toEqual(['a', 'b']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = pageOfSorted(items, { first: 2, after: first.pageInfo.endCursor! }, key);
    expect(second.nodes.map(key)).toEqual(['c', 'd']);
    const last = pageOfSorted(items, { first: 2, after: second.pageInfo.endCursor! }, key);
    expect({ nodes: last.nodes.map(key), hasNextPage: last.pageInfo.hasNextPage }).toEqual({ nodes: ['e'], hasNextPage: false });
    expect(await last.totalCount()).toBe(5);
    expect(pageOfSorted([], {}, key)).toMatchObject({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('refuses a cursor it did not give', () => {
    expect(() => pageOfSorted(items, { after: 'not-a-cursor' }, key)).toThrow('The cursor in "after" is not one this list returned');
  });
});
