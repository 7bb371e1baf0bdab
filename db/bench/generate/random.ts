// A seeded random source for the bench data: the same seed gives the same numbers on every
// machine and every run (Math.random would not), so the same seed builds the same file.

/** sfc32 (Chris Doty-Humphrey's small fast counter): fast, 128-bit state, good statistics. */
function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** Four 32-bit words from a text (cyrb128), to seed sfc32 from `seed` and a stream name. */
function seedWords(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

export interface Random {
  /** [0, 1) */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  /** Biased towards the start of the list: a few big clients get most placements. */
  pickSkewed<T>(list: readonly T[], power?: number): T;
  /** `weights`: [value, weight] pairs. */
  weighted<T>(weights: readonly (readonly [T, number])[]): T;
}

export function seededRandom(seed: number | string, stream: string): Random {
  const [a, b, c, d] = seedWords(`${seed}/${stream}`);
  const next = sfc32(a, b, c, d);
  // The first outputs of a fresh state are less mixed: skip a few.
  for (let i = 0; i < 12; i++) next();
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)]!,
    pickSkewed: (list, power = 2) => list[Math.floor(Math.pow(next(), power) * list.length)]!,
    weighted(weights) {
      let total = 0;
      for (const [, w] of weights) total += w;
      let r = next() * total;
      for (const [value, w] of weights) {
        r -= w;
        if (r < 0) return value;
      }
      return weights[weights.length - 1]![0];
    },
  };
}
