// Bound once: the plan draws millions of numbers, and where it runs in a test's sandbox (a vm context) every
// lookup of a global such as Math goes through the context's interceptor, which made drawing four times slower.
const { floor, imul } = Math;

/** A small seeded pseudo-random generator (mulberry32): the same seed always gives the same demo data. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[floor(this.next() * items.length)];
  }

  /** A version-4-shaped UUID drawn from this generator, so ids are stable across runs. */
  uuid(): string {
    // Four draws in order, as one 128-bit number: written out rather than mapped, as the district plan draws ~330,000.
    const first = hex8(this.word());
    const second = hex8(((this.word() & 0xffff0fff) | 0x4000) >>> 0); // version 4
    const third = hex8(((this.word() & 0x3fffffff) | 0x80000000) >>> 0); // RFC 4122 variant
    const fourth = hex8(this.word());
    return `${first}-${second.slice(0, 4)}-${second.slice(4)}-${third.slice(0, 4)}-${third.slice(4)}${fourth}`;
  }

  /** A 32-bit unsigned integer. */
  private word(): number {
    return floor(this.next() * 0x100000000);
  }
}

/** Each byte's two hexadecimal digits. */
const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** A 32-bit unsigned integer as eight hexadecimal digits (byte by byte: `toString(16)` of a double is slow). */
function hex8(word: number): string {
  return HEX_BYTES[word >>> 24] + HEX_BYTES[(word >>> 16) & 0xff] + HEX_BYTES[(word >>> 8) & 0xff] + HEX_BYTES[word & 0xff];
}
