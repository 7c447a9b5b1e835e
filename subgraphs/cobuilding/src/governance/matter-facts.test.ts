import { matterFactsFromCounts } from './matter-facts.js';
import { CobuildingProjectStatus as S } from '../project/project-status.js';

describe('a matter’s co-building facts', () => {
  it('counts nothing for a matter without projects', () => {
    expect(matterFactsFromCounts([])).toEqual({ linked: 0, pending: 0, completed: 0, evaluated: 0, failed: 0 });
  });

  it('counts planned and running projects as pending, completed ones (evaluated included) as completed, cancelled ones as failed', () => {
    expect(
      matterFactsFromCounts([
        { status: S.PLANNED, count: 1 },
        { status: S.IN_PROGRESS, count: 2 },
        { status: S.COMPLETED, count: 3 },
        { status: S.EVALUATED, count: 4 },
        { status: S.CANCELLED, count: 5 },
      ]),
    ).toEqual({ linked: 15, pending: 3, completed: 7, evaluated: 4, failed: 5 });
  });
});
