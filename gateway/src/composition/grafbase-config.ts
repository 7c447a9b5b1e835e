import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse, print, visit, type ASTNode } from 'graphql';

/**
 * Grafbase's Rust gateway (a benchmark peer and a third composer, never part of `npm start`) reads the subgraphs'
 * SDL from files named in a `grafbase.toml`. Its parser panics on some of our descriptions (block strings with
 * Chinese text), so its copy of the SDL has descriptions stripped; the schema it serves is otherwise the same.
 */
export const GRAFBASE_BINARY = path.resolve('node_modules/@grafbase/cli-x86_64-unknown-linux-musl/grafbase');

export interface GrafbaseSubgraph {
  name: string;
  url: string;
  sdl: string;
  /** Headers Grafbase inserts on every request to this subgraph (e.g. its gateway secret). */
  headers?: Record<string, string>;
}

/** The SDL with every description removed. */
export function withoutDescriptions(sdl: string): string {
  return print(
    visit(parse(sdl), {
      enter(node: ASTNode) {
        if ('description' in node && node.description) return { ...node, description: undefined };
        return undefined;
      },
    }),
  );
}

function tomlString(value: string): string {
  return JSON.stringify(value);
}

/** Writes `grafbase.toml` and one SDL file per subgraph into `folder`; forwards the caller's authorization header. */
export async function writeGrafbaseConfig(folder: string, subgraphs: readonly GrafbaseSubgraph[]): Promise<string> {
  await mkdir(folder, { recursive: true });
  const lines: string[] = [];
  for (const subgraph of subgraphs) {
    await writeFile(path.join(folder, `${subgraph.name}.graphql`), withoutDescriptions(subgraph.sdl));
    lines.push(`[subgraphs.${subgraph.name}]`, `url = ${tomlString(subgraph.url)}`, `schema_path = ${tomlString(`./${subgraph.name}.graphql`)}`);
    for (const [name, value] of Object.entries(subgraph.headers ?? {})) {
      lines.push(`[[subgraphs.${subgraph.name}.headers]]`, 'rule = "insert"', `name = ${tomlString(name)}`, `value = ${tomlString(value)}`);
    }
    lines.push('');
  }
  lines.push('[[headers]]', 'rule = "forward"', 'name = "authorization"', '');
  const file = path.join(folder, 'grafbase.toml');
  await writeFile(file, lines.join('\n'));
  return file;
}

/** Composes with `grafbase compose`; resolves to the list of errors it printed (empty when it composed). */
export async function composeWithGrafbase(folder: string): Promise<string[]> {
  try {
    await promisify(execFile)(GRAFBASE_BINARY, ['compose', '-c', 'grafbase.toml'], {
      cwd: folder,
      env: { ...process.env, HOME: folder },
      maxBuffer: 64 * 1024 * 1024,
    });
    return [];
  } catch (error) {
    const { stdout = '', stderr = '', code } = error as { stdout?: string; stderr?: string; code?: number };
    const errors = stdout.split('\n').filter((line) => line.includes('Error:')).map((line) => line.replace(/^.*Error:\s*/, ''));
    return errors.length ? errors : [`grafbase compose exited with ${code}: ${stderr.split('\n').slice(0, 3).join(' ')}`];
  }
}
