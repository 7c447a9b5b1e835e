import { hiddenFactScalars, integersOf, isObject } from './hidden-fact-scalar.js';
import type { MatterStageCounts } from './matter-stage-facts.js';

/**
 * What a serving subgraph (property: service requests; cobuilding: projects) linked to one governance matter of an
 * area, counted (服务进展). Both contribute an `@inaccessible` list of these to District, Street and Community; the
 * party subgraph requires both and counts the area's matters that 三议一服务 carried to completion
 * (`governanceMatterResults`). Aggregates only, never shown to clients. Defined once so both declare the same scalar
 * (hidden-fact-scalar.ts).
 */
export interface MatterServiceCount extends MatterStageCounts {
  /** The governance matter (议事事项). */
  matterId: string;
}

const COUNTS = ['linked', 'pending', 'completed', 'evaluated', 'failed'] as const;

export const MatterServiceCountScalar = hiddenFactScalars<MatterServiceCount>(
  'MatterServiceCount',
  'Service records linked to one governance matter, counted (服务进展), for the party subgraph: { matterId, linked, pending, completed, evaluated, failed }.',
  (value) => {
    if (!isObject(value)) return 'it must be an object.';
    if (typeof value.matterId !== 'string' || !value.matterId) return 'matterId must be a non-empty string.';
    const counts = integersOf(value, COUNTS);
    if (typeof counts === 'string') return counts;
    return { matterId: value.matterId, ...counts };
  },
);

export const matterServiceCount = (matterId: string, { linked, pending, completed, evaluated, failed }: MatterStageCounts): MatterServiceCount => ({
  matterId, linked, pending, completed, evaluated, failed,
});
