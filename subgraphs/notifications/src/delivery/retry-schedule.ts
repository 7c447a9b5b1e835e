/** After the n-th failed attempt (n ≥ 1), the next one waits base × 2^(n−1), at most a day. */
export function retryDelayMs(failedAttempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** (failedAttempts - 1), 24 * 3600 * 1000);
}

/** Whether a delivery that has failed `failedAttempts` times goes to the dead letters instead of being retried. */
export function isDeadLetter(failedAttempts: number, maxAttempts: number): boolean {
  return failedAttempts >= maxAttempts;
}
