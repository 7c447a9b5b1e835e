import { assertCancellable, assertProjectStep, requiredStageBefore } from './project-lifecycle.js';
import { CobuildingProjectStatus as S } from './project-status.js';

describe('project lifecycle', () => {
  it('moves one step forward at a time', () => {
    expect(() => assertProjectStep(S.PLANNED, S.IN_PROGRESS)).not.toThrow();
    expect(() => assertProjectStep(S.IN_PROGRESS, S.COMPLETED)).not.toThrow();
    expect(() => assertProjectStep(S.COMPLETED, S.EVALUATED)).not.toThrow();
    expect(requiredStageBefore(S.PLANNED)).toBeNull();
  });

  it('refuses skipping, repeating and going back', () => {
    expect(() => assertProjectStep(S.PLANNED, S.COMPLETED)).toThrow('This project is PLANNED; it can become COMPLETED only from IN_PROGRESS.');
    expect(() => assertProjectStep(S.IN_PROGRESS, S.IN_PROGRESS)).toThrow('only from PLANNED');
    expect(() => assertProjectStep(S.EVALUATED, S.IN_PROGRESS)).toThrow('This project is EVALUATED');
    expect(() => assertProjectStep(S.COMPLETED, S.PLANNED)).toThrow('only from nothing');
  });

  it('cancels only a project not yet done', () => {
    expect(() => assertCancellable(S.PLANNED)).not.toThrow();
    expect(() => assertCancellable(S.IN_PROGRESS)).not.toThrow();
    expect(() => assertCancellable(S.COMPLETED)).toThrow('This project is COMPLETED; only a PLANNED or IN_PROGRESS project can be cancelled.');
    expect(() => assertCancellable(S.CANCELLED)).toThrow('This project is CANCELLED');
    // Nothing moves on from a cancelled project.
    expect(() => assertProjectStep(S.CANCELLED, S.IN_PROGRESS)).toThrow('This project is CANCELLED; it can become IN_PROGRESS only from PLANNED.');
  });
});
