import { addressAllowed, classifyAddress } from './address-class.js';

describe('classifyAddress', () => {
  it('sorts IPv4 addresses into public and every kind that deliveries must not reach', () => {
    const cases: Record<string, string> = {
      '8.8.8.8': 'PUBLIC', '1.1.1.1': 'PUBLIC', '172.32.0.1': 'PUBLIC', '100.128.0.1': 'PUBLIC', '223.255.255.255': 'PUBLIC',
      '10.0.0.8': 'PRIVATE', '172.16.0.1': 'PRIVATE', '172.31.255.255': 'PRIVATE', '192.168.1.1': 'PRIVATE',
      '127.0.0.1': 'LOOPBACK', '127.255.0.9': 'LOOPBACK',
      '169.254.169.254': 'LINK_LOCAL',
      '100.64.0.1': 'CGNAT', '100.127.255.255': 'CGNAT',
      '224.0.0.1': 'MULTICAST', '239.255.255.250': 'MULTICAST',
      '0.0.0.0': 'RESERVED', '240.0.0.1': 'RESERVED', '255.255.255.255': 'RESERVED', '192.0.2.10': 'RESERVED', '198.18.0.1': 'RESERVED', '203.0.113.5': 'RESERVED',
    };
    expect(Object.fromEntries(Object.keys(cases).map((address) => [address, classifyAddress(address)]))).toEqual(cases);
  });

  it('sorts IPv6 addresses, judging those that carry an IPv4 address by it', () => {
    const cases: Record<string, string> = {
      '2606:4700:4700::1111': 'PUBLIC', '[2001:4860:4860::8888]': 'PUBLIC',
      '::1': 'LOOPBACK', '[::1]': 'LOOPBACK', '0:0:0:0:0:0:0:1': 'LOOPBACK',
      '::': 'RESERVED', 'fc00::1': 'PRIVATE', 'fd12:3456::1': 'PRIVATE', 'fec0::1': 'PRIVATE',
      'fe80::1': 'LINK_LOCAL', 'fe80::1%eth0': 'LINK_LOCAL', 'ff02::1': 'MULTICAST',
      '2001:db8::1': 'RESERVED', '2001::1': 'RESERVED', '100::1': 'RESERVED', '4000::1': 'RESERVED',
      '::ffff:127.0.0.1': 'LOOPBACK', '[::ffff:7f00:1]': 'LOOPBACK', '::ffff:10.0.0.8': 'PRIVATE', '::ffff:169.254.169.254': 'LINK_LOCAL',
      '::ffff:8.8.8.8': 'PUBLIC', '::10.0.0.8': 'PRIVATE', '64:ff9b::a9fe:a9fe': 'LINK_LOCAL', '2002:c0a8:0101::1': 'PRIVATE', '2002:0808:0808::1': 'PUBLIC',
    };
    expect(Object.fromEntries(Object.keys(cases).map((address) => [address, classifyAddress(address)]))).toEqual(cases);
  });

  it('is null for what is not an IP address', () => {
    for (const text of ['localhost', 'hooks.example.org', '1.2.3', '::g', '']) expect(classifyAddress(text)).toBeNull();
  });

  it('allows public addresses, and loopback only with the development allowance', () => {
    expect([addressAllowed('8.8.8.8', false), addressAllowed('127.0.0.1', false), addressAllowed('127.0.0.1', true), addressAllowed('10.0.0.8', true), addressAllowed('::ffff:127.0.0.1', true)])
      .toEqual([true, false, true, false, true]);
  });
});
