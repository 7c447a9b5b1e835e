import { probationEndsOn, assertProbationServed } from './probation.js';

describe('the one-year probation (预备期)', () => {
  it('ends on the same day a year later, and on 1 March for a probation begun on 29 February', () => {
    expect(probationEndsOn('2025-06-30')).toBe('2026-06-30');
    expect(probationEndsOn('2024-02-29')).toBe('2025-03-01');
  });

  it('refuses a conversion a day early and allows it on the day', () => {
    expect(() => assertProbationServed('2025-06-30', '2026-06-29')).toThrow('The probation began on 2025-06-30 and lasts a year (党章第七条): the member may be converted from 2026-06-30.');
    expect(() => assertProbationServed('2025-06-30', '2026-06-30')).not.toThrow();
  });
});
