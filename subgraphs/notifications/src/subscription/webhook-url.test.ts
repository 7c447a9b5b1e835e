import { webhookUrlProblem } from './webhook-url.js';

describe('webhookUrlProblem', () => {
  it('accepts https, and http to loopback only where allowed', () => {
    expect(webhookUrlProblem('https://hooks.example.org/x', false)).toBeNull();
    expect(webhookUrlProblem('http://127.0.0.1:9999/hook', true)).toBeNull();
    expect(webhookUrlProblem('http://127.0.0.1:9999/hook', false)).toBe('url must use https.');
    expect(webhookUrlProblem('http://10.0.0.8/hook', true)).toBe('url must use https (http is accepted only for 127.0.0.1 in development).');
  });

  it('refuses credentials, other schemes and non-URLs', () => {
    expect(webhookUrlProblem('https://user:pw@hooks.example.org/', false)).toMatch(/user name or password/);
    expect(webhookUrlProblem('ftp://hooks.example.org/', false)).toBe('url must use https.');
    expect(webhookUrlProblem('not a url', false)).toMatch(/not an absolute URL/);
  });
});
