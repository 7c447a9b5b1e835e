/** Stops the test run's PostgreSQL (its data folder is temporary). */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { testPostgres?: { stop(): Promise<void> } }).testPostgres?.stop();
}
