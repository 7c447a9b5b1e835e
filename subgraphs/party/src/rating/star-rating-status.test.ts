import { nextStarRatingStatus, StarRatingStatus } from './star-rating-status.js';

describe('star rating steps (apply → assess → approve)', () => {
  it('moves forward one step at a time', () => {
    expect(nextStarRatingStatus(StarRatingStatus.APPLIED, 'assess')).toBe(StarRatingStatus.ASSESSED);
    expect(nextStarRatingStatus(StarRatingStatus.ASSESSED, 'approve')).toBe(StarRatingStatus.APPROVED);
  });

  it.each([
    [StarRatingStatus.APPLIED, 'approve'],
    [StarRatingStatus.ASSESSED, 'assess'],
    [StarRatingStatus.APPROVED, 'assess'],
    [StarRatingStatus.APPROVED, 'approve'],
  ] as const)('refuses %s → %s with CONFLICT', (status, step) => {
    expect(() => nextStarRatingStatus(status, step)).toThrow(expect.objectContaining({ extensions: { code: 'CONFLICT', status } }));
  });
});
