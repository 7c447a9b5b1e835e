import { isIP } from 'node:net';

/**
 * What kind of address an IP is, for deciding whether a webhook may be delivered to it (SSRF): only PUBLIC
 * addresses are reachable from the graph; LOOPBACK only where development explicitly allows it. IPv4-mapped,
 * IPv4-compatible, NAT64 and 6to4 IPv6 addresses are judged by the IPv4 address they carry.
 */
export type AddressClass = 'PUBLIC' | 'LOOPBACK' | 'PRIVATE' | 'LINK_LOCAL' | 'CGNAT' | 'MULTICAST' | 'RESERVED';

type Range = [base: bigint, prefix: number, kind: Exclude<AddressClass, 'PUBLIC'>];

function v4(text: string): bigint {
  return text.split('.').reduce((value, part) => (value << 8n) | BigInt(Number(part)), 0n);
}

/** An IPv6 address (already checked by isIP) as a 128-bit number; a dotted IPv4 tail becomes two groups first. */
function v6(text: string): bigint {
  const body = text.replace(/(\d+\.\d+\.\d+\.\d+)$/, (dotted) => {
    const value = v4(dotted);
    return `${(value >> 16n).toString(16)}:${(value & 0xffffn).toString(16)}`;
  });
  const [head, rest] = body.includes('::') ? body.split('::') : [body, null];
  const parse = (part: string) => (part ? part.split(':').map((group) => BigInt(parseInt(group, 16))) : []);
  const left = parse(head);
  const right = rest === null ? [] : parse(rest);
  const groups = [...left, ...Array<bigint>(8 - left.length - right.length).fill(0n), ...right];
  return groups.reduce((value, group) => (value << 16n) | group, 0n);
}

const V4_RANGES: Range[] = [
  [v4('0.0.0.0'), 8, 'RESERVED'], // "this network", unspecified
  [v4('10.0.0.0'), 8, 'PRIVATE'],
  [v4('100.64.0.0'), 10, 'CGNAT'],
  [v4('127.0.0.0'), 8, 'LOOPBACK'],
  [v4('169.254.0.0'), 16, 'LINK_LOCAL'],
  [v4('172.16.0.0'), 12, 'PRIVATE'],
  [v4('192.0.0.0'), 24, 'RESERVED'], // IETF protocol assignments
  [v4('192.0.2.0'), 24, 'RESERVED'], // documentation
  [v4('192.88.99.0'), 24, 'RESERVED'], // 6to4 relay anycast
  [v4('192.168.0.0'), 16, 'PRIVATE'],
  [v4('198.18.0.0'), 15, 'RESERVED'], // benchmarking
  [v4('198.51.100.0'), 24, 'RESERVED'],
  [v4('203.0.113.0'), 24, 'RESERVED'],
  [v4('224.0.0.0'), 4, 'MULTICAST'],
  [v4('240.0.0.0'), 4, 'RESERVED'], // future use and the broadcast address
];

const V6_RANGES: Range[] = [
  [v6('::'), 128, 'RESERVED'], // unspecified
  [v6('::1'), 128, 'LOOPBACK'],
  [v6('100::'), 64, 'RESERVED'], // discard
  [v6('2001::'), 23, 'RESERVED'], // IETF protocol assignments, Teredo
  [v6('2001:db8::'), 32, 'RESERVED'], // documentation
  [v6('fc00::'), 7, 'PRIVATE'], // unique local
  [v6('fec0::'), 10, 'PRIVATE'], // site-local (deprecated)
  [v6('fe80::'), 10, 'LINK_LOCAL'],
  [v6('ff00::'), 8, 'MULTICAST'],
];

function inRange(value: bigint, bits: number, [base, prefix]: Range): boolean {
  const shift = BigInt(bits - prefix);
  return value >> shift === base >> shift;
}

function classifyV4(value: bigint): AddressClass {
  return V4_RANGES.find((range) => inRange(value, 32, range))?.[2] ?? 'PUBLIC';
}

/** The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4), or null. */
function embeddedV4(value: bigint): bigint | null {
  const top96 = value >> 32n;
  if (top96 === 0xffffn || (top96 === 0n && value > 1n)) return value & 0xffffffffn; // ::ffff:a.b.c.d, ::a.b.c.d
  if (top96 === v6('64:ff9b::') >> 32n) return value & 0xffffffffn; // NAT64 well-known prefix
  if (value >> 112n === 0x2002n) return (value >> 80n) & 0xffffffffn; // 6to4
  return null;
}

/** The class of an IP address in text (IPv6 with or without brackets); null when the text is not an IP address. */
export function classifyAddress(address: string): AddressClass | null {
  const text = address.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  const family = isIP(text);
  if (family === 4) return classifyV4(v4(text));
  if (family !== 6) return null;
  const value = v6(text.toLowerCase());
  const carried = embeddedV4(value);
  if (carried !== null) return classifyV4(carried);
  const special = V6_RANGES.find((range) => inRange(value, 128, range))?.[2];
  if (special) return special;
  // Only global unicast (2000::/3) is public; everything else is unassigned or special.
  return value >> 125n === 1n ? 'PUBLIC' : 'RESERVED';
}

/** Whether deliveries may reach the address: public ones always, loopback only with the development allowance. */
export function addressAllowed(address: string, allowLoopback: boolean): boolean {
  const kind = classifyAddress(address);
  return kind === 'PUBLIC' || (kind === 'LOOPBACK' && allowLoopback);
}
