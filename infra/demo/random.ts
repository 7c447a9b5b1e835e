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
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** A version-4-shaped UUID drawn from this generator, so ids are stable across runs. */
  uuid(): string {
    const words = [this.next(), this.next(), this.next(), this.next()].map((draw) => Math.floor(draw * 0x100000000));
    words[1] = ((words[1] & 0xffff0fff) | 0x4000) >>> 0; // version 4
    words[2] = ((words[2] & 0x3fffffff) | 0x80000000) >>> 0; // RFC 4122 variant
    const text = words.map((word) => word.toString(16).padStart(8, '0')).join('');
    return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
  }
}
