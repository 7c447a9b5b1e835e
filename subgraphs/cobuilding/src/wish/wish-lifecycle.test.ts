import { assertWishStep, canTakeStep } from './wish-lifecycle.js';
import { MicroWishStatus as S } from './wish-status.js';

describe('micro-wish lifecycle', () => {
  it('runs open → claimed → fulfilled → confirmed', () => {
    expect(canTakeStep(S.OPEN, 'claim')).toBe(true);
    expect(canTakeStep(S.CLAIMED, 'fulfil')).toBe(true);
    expect(canTakeStep(S.FULFILLED, 'confirm')).toBe(true);
  });

  it('cancels only open or claimed wishes', () => {
    expect(canTakeStep(S.OPEN, 'cancel')).toBe(true);
    expect(canTakeStep(S.CLAIMED, 'cancel')).toBe(true);
    expect(canTakeStep(S.FULFILLED, 'cancel')).toBe(false);
    expect(canTakeStep(S.CONFIRMED, 'cancel')).toBe(false);
  });

  it('refuses out-of-order steps with a message naming the stages', () => {
    expect(() => assertWishStep(S.CLAIMED, 'claim')).toThrow('This micro-wish is CLAIMED; it can be claimed only when OPEN.');
    expect(() => assertWishStep(S.OPEN, 'fulfil')).toThrow('This micro-wish is OPEN; it can be fulfilled only when CLAIMED.');
    expect(() => assertWishStep(S.CLAIMED, 'confirm')).toThrow('This micro-wish is CLAIMED; it can be confirmed only when FULFILLED.');
    expect(() => assertWishStep(S.CONFIRMED, 'cancel')).toThrow('This micro-wish is CONFIRMED; it can be cancelled only when OPEN or CLAIMED.');
  });
});
