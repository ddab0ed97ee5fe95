// A seeded pseudo-random source for the synthetic journals: the same seed gives the same journal
// on every machine and every run (Math.random is never used).

/** mulberry32: a tiny, fast 32-bit generator; plenty for synthetic data. Returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers bound to one generator. */
export function randomTools(seed) {
  const rng = mulberry32(seed);
  const int = (min, max) => min + Math.floor(rng() * (max - min + 1)); // inclusive bounds
  const chance = (p) => rng() < p;
  const pick = (list) => list[Math.floor(rng() * list.length)];
  /** Picks from [[value, weight], ...]. */
  const weighted = (pairs) => {
    let total = 0;
    for (const [, w] of pairs) total += w;
    let r = rng() * total;
    for (const [value, w] of pairs) {
      r -= w;
      if (r < 0) return value;
    }
    return pairs[pairs.length - 1][0];
  };
  return { rng, int, chance, pick, weighted };
}

// Calendar days as day numbers (days since 1970-01-01), formatted through a small cache because
// the generator formats a few million dates.
const MS_PER_DAY = 86_400_000;
const dayCache = new Map();

export function dayNumber(day) {
  const [y, m, d] = day.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function formatDay(n) {
  let s = dayCache.get(n);
  if (s === undefined) {
    s = new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
    dayCache.set(n, s);
  }
  return s;
}

export function pad2(n) {
  return n < 10 ? `0${n}` : String(n);
}

/** A UTC instant on that day, during working hours: what rel stores in created_at. */
export function instantOn(dayN, tools) {
  return `${formatDay(dayN)}T${pad2(tools.int(7, 19))}:${pad2(tools.int(0, 59))}:${pad2(tools.int(0, 59))}.000Z`;
}
