import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createServer as createHttpServer } from 'node:http';
import { postWebhook } from './webhook-post.js';

/** A TCP server on loopback that counts connections and answers nothing useful: it proves whether a delivery connected. */
async function countingServer(): Promise<{ port: number; connections: () => number; stop: () => Promise<void> }> {
  let connections = 0;
  const server: Server = createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, connections: () => connections, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

const options = { headers: { 'content-type': 'application/json' }, body: '{}', timeoutMs: 2000 };

describe('postWebhook', () => {
  it('refuses, without connecting, a host name that resolves to loopback and a literal private or mapped address', async () => {
    const server = await countingServer();
    try {
      for (const url of [`http://localhost:${server.port}/hook`, `https://localhost:${server.port}/hook`, `http://127.0.0.1:${server.port}/`, `http://[::ffff:127.0.0.1]:${server.port}/`, 'https://10.0.0.8/', 'https://169.254.169.254/latest/meta-data']) {
        await expect(postWebhook(url, { ...options, allowLoopback: false })).rejects.toMatchObject({ name: 'BlockedAddressError' });
      }
      expect(server.connections()).toBe(0);
    } finally {
      await server.stop();
    }
  });

  it('reaches loopback with the development allowance, and answers a redirect without following it', async () => {
    const paths: string[] = [];
    const server = createHttpServer((req, res) => {
      paths.push(req.url ?? '');
      if (req.url === '/moved') res.writeHead(307, { location: 'http://169.254.169.254/' }).end();
      else res.writeHead(204).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      expect(await postWebhook(`http://localhost:${port}/hook`, { ...options, allowLoopback: true })).toBe(204);
      expect(await postWebhook(`http://127.0.0.1:${port}/moved`, { ...options, allowLoopback: true })).toBe(307);
      expect(paths).toEqual(['/hook', '/moved']);
      await expect(postWebhook('https://10.0.0.8/', { ...options, allowLoopback: true })).rejects.toMatchObject({ name: 'BlockedAddressError' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
