import { CobuildingCategory as C } from './cobuilding-category.js';

/** Subjects close enough that a resource of one can serve a need of the other. */
const RELATED: Record<C, readonly C[]> = {
  [C.ELDERLY_CARE]: [C.HEALTH, C.CULTURE],
  [C.CHILDREN]: [C.EDUCATION, C.CULTURE, C.SAFETY],
  [C.HEALTH]: [C.ELDERLY_CARE],
  [C.EDUCATION]: [C.CHILDREN, C.EMPLOYMENT, C.CULTURE],
  [C.ENVIRONMENT]: [C.FACILITIES],
  [C.FACILITIES]: [C.ENVIRONMENT, C.SAFETY],
  [C.SAFETY]: [C.FACILITIES, C.LEGAL_AID],
  [C.LEGAL_AID]: [C.SAFETY, C.EMPLOYMENT],
  [C.EMPLOYMENT]: [C.EDUCATION, C.LEGAL_AID],
  [C.CULTURE]: [C.EDUCATION, C.CHILDREN, C.ELDERLY_CARE],
};

/** How well a resource's subject fits a need's: 2 the same, 1 related, 0 unrelated. */
export function categoryFit(needed: C, offered: C): number {
  if (needed === offered) return 2;
  return RELATED[needed].includes(offered) ? 1 : 0;
}

export interface Candidate {
  id: string;
  unitId: string;
  category: C;
  title: string;
}

export interface RankedCandidate<T extends Candidate> {
  resource: T;
  categoryFit: number;
  paired: boolean;
  score: number;
}

/**
 * Ranks resources for a need: category fit counts double, being offered by a unit paired with the need's
 * community adds one; resources that do not fit at all are left out. Ties go by title, then id, so the order is
 * stable.
 */
export function rankResources<T extends Candidate>(needed: C, resources: readonly T[], pairedUnitIds: ReadonlySet<string>): RankedCandidate<T>[] {
  return resources
    .map((resource) => {
      const fit = categoryFit(needed, resource.category);
      const paired = pairedUnitIds.has(resource.unitId);
      return { resource, categoryFit: fit, paired, score: fit * 2 + (paired ? 1 : 0) };
    })
    .filter((candidate) => candidate.categoryFit > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        (a.resource.title < b.resource.title ? -1 : a.resource.title > b.resource.title ? 1 : 0) ||
        (a.resource.id < b.resource.id ? -1 : a.resource.id > b.resource.id ? 1 : 0),
    );
}
