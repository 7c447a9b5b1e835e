import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { WINDOWS_FILE, type ProfileWindow } from './cpu-profile-windows.js';
import { CATEGORIES, stackCategory, selfPackage, type CallFrame, type Category, type CpuProfile } from './cpu-profile-categories.js';

// `npm run bench:cpu-profile -- <dir>`: where a request's CPU time goes, from the CPU profiles a benchmark run with
// BENCH_CPU_PROFILE=<dir> left behind (one directory per service process, plus windows.json with when each
// operation was measured and how many requests it sent).
//
// How samples are classified: see cpu-profile-categories.ts.

interface Tally {
  micros: Map<Category, number>;
  bySelf: Map<string, number>;
  total: number;
}
const emptyTally = (): Tally => ({ micros: new Map(), bySelf: new Map(), total: 0 });

/** Adds the samples of one profile inside each window to that window's tally for this process. */
function tallyProfile(profile: CpuProfile, windows: ProfileWindow[], tallies: Tally[]) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const categoryCache = new Map<number, { category: Category; self: string } | null>();
  const classify = (id: number) => {
    if (categoryCache.has(id)) return categoryCache.get(id)!;
    const leaf = byId.get(id)!;
    let result: { category: Category; self: string } | null = null;
    if (leaf.callFrame.functionName !== '(idle)') {
      const frames: CallFrame[] = [];
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) frames.push(byId.get(at)!.callFrame);
      result = { category: stackCategory(frames), self: selfPackage(leaf.callFrame) };
    }
    categoryCache.set(id, result);
    return result;
  };
  let time = profile.startTime;
  for (let index = 0; index < profile.samples.length; index++) {
    time += profile.timeDeltas[index];
    // A sample stands for the time until the next one.
    const interval = profile.timeDeltas[index + 1] ?? 0;
    const window = windows.findIndex((candidate) => time >= candidate.startMicros && time < candidate.endMicros);
    if (window < 0) continue;
    const sample = classify(profile.samples[index]);
    if (!sample) continue;
    const tally = tallies[window];
    tally.micros.set(sample.category, (tally.micros.get(sample.category) ?? 0) + interval);
    tally.bySelf.set(sample.self, (tally.bySelf.get(sample.self) ?? 0) + interval);
    tally.total += interval;
  }
}

export interface ProfileSummary {
  windows: ProfileWindow[];
  /** Per window: per process, the tally of its samples in that window. */
  processes: string[];
  tallies: Map<string, Tally>[];
}

export function summariseProfiles(directory: string): ProfileSummary {
  const windows = JSON.parse(readFileSync(path.join(directory, WINDOWS_FILE), 'utf8')) as ProfileWindow[];
  const processes = readdirSync(directory)
    .filter((name) => statSync(path.join(directory, name)).isDirectory())
    .sort();
  const tallies = windows.map(() => new Map<string, Tally>());
  for (const name of processes) {
    const perWindow = windows.map(() => emptyTally());
    for (const file of readdirSync(path.join(directory, name)).filter((file) => file.endsWith('.cpuprofile'))) {
      tallyProfile(JSON.parse(readFileSync(path.join(directory, name, file), 'utf8')) as CpuProfile, windows, perWindow);
    }
    perWindow.forEach((tally, index) => tallies[index].set(name, tally));
  }
  return { windows, processes, tallies };
}

const share = (part: number, whole: number) => (whole > 0 && part > 0 ? `${Math.round((100 * part) / whole)} %` : '–');
const perUnit = (micros: number, window: ProfileWindow) => (micros / 1000 / window.units).toFixed(2);

/** Markdown: a table of shares for every window (all processes together), then one per window by process. */
export function formatSummary({ windows, processes, tallies }: ProfileSummary): string {
  const out: string[] = [];
  const totals = tallies.map((perProcess) => {
    const total = emptyTally();
    for (const tally of perProcess.values()) {
      total.total += tally.total;
      for (const [category, micros] of tally.micros) total.micros.set(category, (total.micros.get(category) ?? 0) + micros);
      for (const [pkg, micros] of tally.bySelf) total.bySelf.set(pkg, (total.bySelf.get(pkg) ?? 0) + micros);
    }
    return total;
  });
  const used = CATEGORIES.filter((category) => totals.some((total) => (total.micros.get(category) ?? 0) > 0));
  out.push('All processes together: CPU ms per unit of work, and its shares by category.', '');
  out.push(`| operation | gateway | CPU ms per unit | ${used.join(' | ')} |`);
  out.push(`| --- | --- | --- | ${used.map(() => '---').join(' | ')} |`);
  windows.forEach((window, index) => {
    const total = totals[index];
    out.push(`| ${window.operation} | ${window.engine} | ${perUnit(total.total, window)} per ${window.unit} | ${used.map((category) => share(total.micros.get(category) ?? 0, total.total)).join(' | ')} |`);
  });
  windows.forEach((window, index) => {
    out.push('', `**${window.operation} — ${window.engine}** (${window.units} ${window.unit}s): CPU ms per ${window.unit} by process, shares of each process's time`, '');
    out.push(`| process | CPU ms | ${used.join(' | ')} |`);
    out.push(`| --- | --- | ${used.map(() => '---').join(' | ')} |`);
    for (const name of processes) {
      const tally = tallies[index].get(name)!;
      if (tally.total / window.units < 20) continue; // under 0.02 ms: not part of this operation
      out.push(`| ${name} | ${perUnit(tally.total, window)} | ${used.map((category) => share(tally.micros.get(category) ?? 0, tally.total)).join(' | ')} |`);
    }
    const top = [...totals[index].bySelf].sort((a, b) => b[1] - a[1]).slice(0, 10);
    out.push('', `Self time by package: ${top.map(([pkg, micros]) => `${pkg} ${share(micros, totals[index].total)}`).join(', ')}.`);
  });
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const directory = process.argv[2] ?? process.env.BENCH_CPU_PROFILE;
  if (!directory) {
    console.error('Usage: npm run bench:cpu-profile -- <dir written by BENCH_CPU_PROFILE=<dir> npm run bench>');
    process.exit(2);
  }
  console.log(formatSummary(summariseProfiles(directory)));
}
