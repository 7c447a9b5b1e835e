import type { HeadCoverage } from '../../../platform/access/head-certificate.js';
import { NeighborhoodHeadKind } from './neighborhood-head-kinds.js';
import { isInForce } from './neighborhood-head.rules.js';

/**
 * What a person's appointments in force on `day` cover, per neighborhood (pure: no database): a grid head covers
 * the whole neighborhood; building and entrance heads cover their buildings. Sorted, so one set of posts always
 * gives the same statement.
 */
export function headCoverage(heads: readonly { kind: NeighborhoodHeadKind; neighborhoodId: string; buildingId: string | null; termStart: string; termEnd: string; endedOn: string | null }[], day: string): HeadCoverage[] {
  const byNeighborhood = new Map<string, Set<string> | null>();
  for (const head of heads.filter((candidate) => isInForce(candidate, day))) {
    const known = byNeighborhood.get(head.neighborhoodId);
    if (head.kind === NeighborhoodHeadKind.GRID_HEAD || !head.buildingId) byNeighborhood.set(head.neighborhoodId, null);
    else if (known !== null) byNeighborhood.set(head.neighborhoodId, new Set([...(known ?? []), head.buildingId]));
  }
  return [...byNeighborhood.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([neighborhoodId, buildings]) => ({ neighborhoodId, buildingIds: buildings === null ? null : [...buildings].sort() }));
}
