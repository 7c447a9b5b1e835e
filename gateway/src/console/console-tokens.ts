import { readFile } from 'node:fs/promises';

/** A token the console offers in its role picker. */
export interface ConsoleToken {
  role: string;
  token: string;
}

/**
 * Where the console's role picker takes its tokens from: one function, so the source can change (e.g. to fresh
 * short-lived tokens from the identity service) without touching the page.
 */
export type ConsoleTokenSource = () => Promise<ConsoleToken[]>;

/**
 * The demo tokens `npm start` saved (`.data/demo-tokens.json`: role → token), read on every request so a restart
 * with new tokens needs no gateway restart. No file yet: no tokens (the page says where they come from).
 */
export function demoTokensFromFile(file: string): ConsoleTokenSource {
  return async () => {
    try {
      const saved = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
      return Object.entries(saved)
        .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
        .map(([role, token]) => ({ role, token }));
    } catch {
      return [];
    }
  };
}
