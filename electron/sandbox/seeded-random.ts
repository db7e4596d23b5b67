// A tiny deterministic PRNG (mulberry32) so the same seed always yields the same demo tasks.
export type Random = () => number;

export function createSeededRandom(...parts: number[]): Random {
  let state = 0x9e3779b9;
  for (const part of parts) state = Math.imul(state ^ (part >>> 0), 0x85ebca6b) + 0x6b43a9b5;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** `length` hex digits. */
export function hexId(random: Random, length: number): string {
  let out = '';
  while (out.length < length) out += Math.floor(random() * 0x10000).toString(16).padStart(4, '0');
  return out.slice(0, length);
}
