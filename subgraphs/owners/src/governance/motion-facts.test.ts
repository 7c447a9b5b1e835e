import { motionFacts } from './motion-facts.js';
import { MotionStatus } from '../assembly/assembly-kinds.js';
import { ResolutionOutcome } from '../resolution/resolution-outcome.js';

describe("owners' facts about a governance matter", () => {
  it('counts nothing without linked motions', () => {
    expect(motionFacts([])).toEqual({ linked: 0, pending: 0, completed: 0, evaluated: 0, failed: 0 });
  });

  it('keeps open motions and closed ones without a resolution pending', () => {
    expect(motionFacts([{ status: MotionStatus.OPEN, outcome: null }, { status: MotionStatus.CLOSED, outcome: null }])).toEqual({
      linked: 2,
      pending: 2,
      completed: 0,
      evaluated: 0,
      failed: 0,
    });
  });

  it('counts an adopted motion completed and a rejected or inquorate one failed, never evaluated', () => {
    expect(
      motionFacts([
        { status: MotionStatus.CLOSED, outcome: ResolutionOutcome.PASSED },
        { status: MotionStatus.CLOSED, outcome: ResolutionOutcome.FAILED },
        { status: MotionStatus.CLOSED, outcome: ResolutionOutcome.NO_QUORUM },
      ]),
    ).toEqual({ linked: 3, pending: 0, completed: 1, evaluated: 0, failed: 2 });
  });
});
