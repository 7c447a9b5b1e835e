import { webhookUrlProblem } from './webhook-url.js';

describe('webhookUrlProblem', () => {
  it('accepts https, and http to loopback only where allowed', () => {
    expect(webhookUrlProblem('https://hooks.example.org/x', false)).toBeNull();
    expect(webhookUrlProblem('http://127.0.0.1:9999/hook', true)).toBeNull();
    expect(webhookUrlProblem('http://127.0.0.1:9999/hook', false)).toBe('url must use https.');
    expect(webhookUrlProblem('http://10.0.0.8/hook', true)).toBe('url must use https (http is accepted only for 127.0.0.1 in development).');
  });

  it('refuses literal private, loopback, link-local, shared and reserved addresses, IPv4-mapped ones included', () => {
    const refused = 'url names a private, loopback, link-local, shared or reserved address: give a public host name or address.';
    for (const url of ['https://10.0.0.8/', 'https://127.0.0.1/', 'https://2130706433/', 'https://0x7f.1/', 'https://[::1]/', 'https://[::ffff:10.0.0.8]/', 'https://169.254.169.254/', 'https://100.64.0.1/', 'https://[fd00::1]/', 'https://[fe80::1]/', 'https://224.0.0.1/', 'https://0.0.0.0/']) {
      expect([url, webhookUrlProblem(url, false)]).toEqual([url, refused]);
    }
    expect(webhookUrlProblem('https://10.0.0.8/', true)).toBe(refused);
    expect(webhookUrlProblem('https://127.0.0.1:8443/', true)).toBeNull();
    expect(webhookUrlProblem('https://8.8.8.8/hooks', false)).toBeNull();
    // Host names are checked when a delivery connects, not here.
    expect(webhookUrlProblem('https://localhost/hooks', false)).toBeNull();
  });

  it('refuses credentials, other schemes and non-URLs', () => {
    expect(webhookUrlProblem('https://user:pw@hooks.example.org/', false)).toMatch(/user name or password/);
    expect(webhookUrlProblem('ftp://hooks.example.org/', false)).toBe('url must use https.');
    expect(webhookUrlProblem('not a url', false)).toMatch(/not an absolute URL/);
  });
});
