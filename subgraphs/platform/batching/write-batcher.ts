/** At most this many requests share one batch; the rest wait for the next. */
const MAX_BATCH = 500;

interface Pending<Input, Output> {
  input: Input;
  resolve(output: Output): void;
  reject(error: unknown): void;
}

/**
 * Collects what concurrent requests ask for until the current batch is done, then serves them all with one round of
 * statements: while one batch is in the database, the next one fills. Nothing is acknowledged before its batch
 * commits.
 */
export function batcher<Input, Output>(run: (inputs: Input[]) => Promise<Output[]>) {
  let queue: Pending<Input, Output>[] = [];
  let running = false;
  const drain = async () => {
    running = true;
    while (queue.length > 0) {
      const batch = queue.slice(0, MAX_BATCH);
      queue = queue.slice(batch.length);
      try {
        const outputs = await run(batch.map((pending) => pending.input));
        batch.forEach((pending, index) => pending.resolve(outputs[index]));
      } catch (error) {
        for (const pending of batch) pending.reject(error);
      }
    }
    running = false;
  };
  return (input: Input) =>
    new Promise<Output>((resolve, reject) => {
      queue.push({ input, resolve, reject });
      if (!running) {
        running = true;
        setImmediate(() => void drain());
      }
    });
}
