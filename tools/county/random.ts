// Seeded randomness for the synthetic county: the same seed gives the same county, byte for byte,
// on any machine (no Math.random, no clock). sfc32 is small, fast and passes PractRand well
// beyond the few million draws a county needs.

/** A 32-bit hash of a string (cyrb53's mixing, truncated), to derive independent streams. */
export function hashString(text: string, salt = 0): number {
  let h1 = 0xdeadbeef ^ salt;
  let h2 = 0x41c6ce57 ^ salt;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0')).join('');
const hex = (byte: number) => HEX.slice(byte * 2, byte * 2 + 2);

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** `stream` names an independent sequence under the same seed ("agencies", "families"). */
  constructor(seed: number, stream = '') {
    const label = `${seed}:${stream}`;
    this.a = hashString(label, 1);
    this.b = hashString(label, 2);
    this.c = hashString(label, 3);
    this.d = hashString(label, 4);
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** `count` distinct items, in random order (count is capped at the list's length). */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, n);
  }

  /** Approximately normal (Irwin–Hall with 4 terms): plenty for ages and gaps between births. */
  normal(mean: number, sd: number): number {
    const sum = this.next() + this.next() + this.next() + this.next();
    return mean + (sum - 2) * sd * 1.7320508075688772;
  }

  /** A version 4 UUID made of this stream's bits, so ids are as reproducible as the data. */
  uuid(): string {
    const w0 = this.nextUint32();
    const w1 = this.nextUint32();
    const w2 = this.nextUint32();
    const w3 = this.nextUint32();
    const b6 = ((w1 >>> 8) & 0x0f) | 0x40;
    const b8 = ((w2 >>> 24) & 0x3f) | 0x80;
    return (
      hex(w0 >>> 24) + hex((w0 >>> 16) & 255) + hex((w0 >>> 8) & 255) + hex(w0 & 255) + '-' +
      hex(w1 >>> 24) + hex((w1 >>> 16) & 255) + '-' +
      hex(b6) + hex(w1 & 255) + '-' +
      hex(b8) + hex((w2 >>> 16) & 255) + '-' +
      hex((w2 >>> 8) & 255) + hex(w2 & 255) + hex(w3 >>> 24) + hex((w3 >>> 16) & 255) + hex((w3 >>> 8) & 255) + hex(w3 & 255)
    );
  }
}

/** A list with weights, picked from in O(log n). */
export class Weighted<T> {
  private readonly values: T[];
  private readonly cumulative: number[];
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    this.values = [];
    this.cumulative = [];
    let total = 0;
    for (const [value, weight] of entries) {
      if (weight <= 0) continue;
      total += weight;
      this.values.push(value);
      this.cumulative.push(total);
    }
    if (this.values.length === 0) throw new RangeError('a weighted list needs at least one positive weight');
    this.total = total;
  }

  /** Weights falling with rank (Zipf's law), for names whose lists are in order of frequency. */
  static zipf<T>(valuesByRank: readonly T[], exponent = 1): Weighted<T> {
    return new Weighted(valuesByRank.map((value, rank) => [value, 1 / Math.pow(rank + 1, exponent)] as const));
  }

  pick(random: Random): T {
    const target = random.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.cumulative[mid] as number) > target) high = mid;
      else low = mid + 1;
    }
    return this.values[low] as T;
  }

  get size(): number {
    return this.values.length;
  }
}
