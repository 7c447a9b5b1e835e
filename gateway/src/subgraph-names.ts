/** The subgraphs the gateway routes to; each one's URL can be set with `<NAME>_URL`. */
export const SUBGRAPH_NAMES = ['registry', 'party', 'property', 'owners', 'cobuilding', 'notifications'] as const;
