import { registerEnumType } from 'type-graphql';

export enum NeighborhoodKind {
  CLOSED = 'CLOSED',
  OPEN = 'OPEN',
}

registerEnumType(NeighborhoodKind, {
  name: 'NeighborhoodKind',
  description: 'Whether a neighborhood is gated (封闭式小区) or open (开放式小区, e.g. old street-side blocks).',
  valuesConfig: {
    CLOSED: { description: 'Gated, with its own management (封闭式).' },
    OPEN: { description: 'Open, without a perimeter (开放式).' },
  },
});
