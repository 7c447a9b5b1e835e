import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The status this receiver answered. */
  status: number;
}

/** How a path answers: a fixed status, or one chosen per request (e.g. 500 the first time an id is seen). */
export type Answer = number | ((webhookId: string, seenBefore: number) => number);

export interface WebhookReceiver {
  url(path: string): string;
  answer(path: string, answer: Answer): void;
  received(path: string): ReceivedWebhook[];
  stop(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 that records every request and answers as each path is told (200 by default). */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const answers = new Map<string, Answer>();
  const log: ReceivedWebhook[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = req.url ?? '/';
      const id = String(req.headers['webhook-id']);
      const seenBefore = log.filter((entry) => entry.path === path && entry.headers['webhook-id'] === id).length;
      const answer = answers.get(path) ?? 200;
      const status = typeof answer === 'number' ? answer : answer(id, seenBefore);
      log.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), status });
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'not now');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    answer: (path, answer) => answers.set(path, answer),
    received: (path) => log.filter((entry) => entry.path === path),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Polls until `check` returns a value (not undefined/false), or fails after the timeout. */
export async function eventually<T>(check: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
