import { createDistrictPlan } from './district-plan.js';
import { JIANGHAN, LIANGSHAN } from './profiles.js';

describe('demo district plans', () => {
  it('are the same for the same seed', () => {
    expect(createDistrictPlan(LIANGSHAN, 7)).toEqual(createDistrictPlan(LIANGSHAN, 7));
  });

  it('model 江汉区 at district scale: 13 streets, 109 communities, about 600 neighborhoods', () => {
    const plan = createDistrictPlan(JIANGHAN, 2026);
    expect(plan.streets).toHaveLength(13);
    expect(plan.communities).toHaveLength(109);
    expect(new Set(plan.communities.map((c) => `${c.streetId}/${c.name}`)).size).toBe(109);
    expect(plan.neighborhoods.length).toBeGreaterThan(540);
    expect(plan.neighborhoods.length).toBeLessThan(660);
    expect(new Set(plan.persons.map((p) => p.idNumber)).size).toBe(plan.persons.length);
  });

  it('counts every unit owner as a person of the district, and keeps developer-held units ownerless', () => {
    const plan = createDistrictPlan(LIANGSHAN, 2026);
    const people = new Set(plan.persons.map((p) => p.id));
    expect(plan.units.every((u) => u.ownerIds.every((id) => people.has(id)))).toBe(true);
    expect(plan.units.filter((u) => u.developerHeld).every((u) => u.ownerIds.length === 0)).toBe(true);
    expect(plan.units.some((u) => u.ownerIds.length === 2)).toBe(true);
  });
});

describe('demo ids', () => {
  it('are well-formed version-4 UUIDs', () => {
    const plan = createDistrictPlan(LIANGSHAN, 99);
    const ids = [plan.district.id, ...plan.units.map((u) => u.id), ...plan.persons.map((p) => p.id)];
    expect(ids.filter((id) => !/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
