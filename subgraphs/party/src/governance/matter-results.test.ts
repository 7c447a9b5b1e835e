import { DeliberationOutcome as Outcome } from './governance-kinds.js';
import { matterResults, type MatterStanding } from './matter-results.js';

const count = (matterId: string, fields: Partial<{ linked: number; pending: number; completed: number; evaluated: number; failed: number }>) => ({
  matterId, linked: 0, pending: 0, completed: 0, evaluated: 0, failed: 0, ...fields,
});
const matter = (id: string, outcomes: Outcome[], withdrawn = false): MatterStanding => ({ id, outcomes, withdrawn });

describe("an area's governance matters carried to completion (三方联动解决问题数)", () => {
  it('counts agreed matters whose service is all done, evaluated or not, from both serving subgraphs', () => {
    const matters = [
      matter('a', [Outcome.AGREED]), // requests done, not evaluated → COMPLETED
      matter('b', [Outcome.DEFERRED, Outcome.AGREED]), // request and project done and evaluated → EVALUATED
      matter('c', [Outcome.AGREED]), // a project still in progress → SERVING
      matter('d', [Outcome.AGREED]), // no service yet
      matter('e', [Outcome.REJECTED]), // service linked by mistake does not count
      matter('f', []), // proposed only
      matter('g', [Outcome.AGREED]), // its only request was cancelled
    ];
    const property = [count('a', { linked: 2, completed: 2 }), count('b', { linked: 1, completed: 1, evaluated: 1 }), count('e', { linked: 1, completed: 1 }), count('g', { linked: 1, failed: 1 })];
    const cobuilding = [count('b', { linked: 1, completed: 1, evaluated: 1 }), count('c', { linked: 1, pending: 1 })];
    expect(matterResults(matters, property, cobuilding)).toEqual({ proposed: 7, completed: 1, evaluated: 1, solved: 2 });
  });

  it('counts nothing without matters, and nothing done without the serving subgraphs’ counts', () => {
    expect(matterResults([])).toEqual({ proposed: 0, completed: 0, evaluated: 0, solved: 0 });
    expect(matterResults([matter('a', [Outcome.AGREED])])).toEqual({ proposed: 1, completed: 0, evaluated: 0, solved: 0 });
  });
});
