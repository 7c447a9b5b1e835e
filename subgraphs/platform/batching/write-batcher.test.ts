import { batcher } from './write-batcher.js';

describe('a write batcher', () => {
  it('serves concurrent requests with one run, each with its own output, and the next ones with the next run', async () => {
    const runs: number[][] = [];
    const double = batcher(async (inputs: number[]) => {
      runs.push(inputs);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return inputs.map((input) => input * 2);
    });
    const first = await Promise.all([double(1), double(2), double(3)]);
    const second = await double(4);
    expect({ first, second, runs }).toEqual({ first: [2, 4, 6], second: 8, runs: [[1, 2, 3], [4]] });
  });

  it('fills the next batch while one runs', async () => {
    const runs: string[][] = [];
    const echo = batcher(async (inputs: string[]) => {
      runs.push(inputs);
      await new Promise((resolve) => setTimeout(resolve, 10));
      return inputs;
    });
    const early = echo('a');
    await new Promise((resolve) => setTimeout(resolve, 2));
    const late = [echo('b'), echo('c')];
    expect(await Promise.all([early, ...late])).toEqual(['a', 'b', 'c']);
    expect(runs).toEqual([['a'], ['b', 'c']]);
  });

  it('rejects every request of a failed run, and serves later requests', async () => {
    let fail = true;
    const write = batcher(async (inputs: string[]) => {
      if (fail) throw new Error('the batch could not be written');
      return inputs;
    });
    const results = await Promise.allSettled([write('x'), write('y')]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await write('z')).toBe('z');
  });
});
