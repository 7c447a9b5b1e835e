import type { Server } from 'node:http';

/**
 * How long a server keeps an idle keep-alive connection open: longer than its clients keep theirs (Node's fetch
 * drops an idle connection after 4 s, load balancers commonly after 60 s), so the client is always the side that
 * closes it. With Node's default of 5 s, a client that was slow to notice (a busy event loop) sent its next request
 * on a connection the server was closing, and got ECONNRESET for a request nobody had received.
 */
export const SERVER_KEEP_ALIVE_MS = 65_000;

export function outlastClientKeepAlive(server: Server): Server {
  server.keepAliveTimeout = SERVER_KEEP_ALIVE_MS;
  // Node requires the time allowed for a request's headers to exceed the keep-alive timeout.
  server.headersTimeout = SERVER_KEEP_ALIVE_MS + 1_000;
  return server;
}
