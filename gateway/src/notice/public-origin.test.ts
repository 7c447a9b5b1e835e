import { parsePublicOrigin, readPublicOrigin } from './public-origin.js';

describe('PUBLIC_ORIGIN', () => {
  it('is required in production, with a message naming it', () => {
    expect(() => readPublicOrigin({ NODE_ENV: 'production' })).toThrow(
      'PUBLIC_ORIGIN is not set: with NODE_ENV=production the gateway needs the public https origin printed on 公示 notices (e.g. https://gov.example.cn).',
    );
    expect(readPublicOrigin({ NODE_ENV: 'production', PUBLIC_ORIGIN: 'https://gov.example.cn/' })).toBe('https://gov.example.cn');
  });

  it('is optional in development (the gateway then prints its own address)', () => {
    expect(readPublicOrigin({})).toBeUndefined();
    expect(readPublicOrigin({ PUBLIC_ORIGIN: 'http://127.0.0.1:4000' })).toBe('http://127.0.0.1:4000');
  });

  it('is an origin only, and https in production', () => {
    expect(() => parsePublicOrigin('gov.example.cn', false)).toThrow('PUBLIC_ORIGIN must be an absolute URL');
    expect(() => parsePublicOrigin('ftp://gov.example.cn', false)).toThrow('PUBLIC_ORIGIN must use http or https.');
    expect(() => parsePublicOrigin('http://gov.example.cn', true)).toThrow('PUBLIC_ORIGIN must use https when NODE_ENV=production.');
    for (const raw of ['https://gov.example.cn/notices', 'https://a:b@gov.example.cn', 'https://gov.example.cn/?x=1']) {
      expect(() => parsePublicOrigin(raw, true)).toThrow('PUBLIC_ORIGIN must be an origin only');
    }
  });
});
