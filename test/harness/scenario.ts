/**
 * One step of a scenario test: a test that walks a record through its life in one `it`, step after step, instead of
 * `it`s that hand ids to each other (so each test runs alone and in any order). A failing step is named in the error.
 */
export async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Error) error.message = `${name}: ${error.message}`;
    throw error;
  }
}
