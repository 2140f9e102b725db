import { sha256Hex } from '../common/sha256.js';

/**
 * A reproducible random source from a text seed (sfc32 seeded with the first 128 bits of the
 * seed's SHA-256), so anyone holding the recorded seed can replay a draw, in the browser too.
 * Returns numbers in [0, 1).
 */
export function seededRandom(seed: string): () => number {
  const hex = sha256Hex(`fairpitch:${seed}`);
  let a = Number.parseInt(hex.slice(0, 8), 16) | 0;
  let b = Number.parseInt(hex.slice(8, 16), 16) | 0;
  let c = Number.parseInt(hex.slice(16, 24), 16) | 0;
  let d = Number.parseInt(hex.slice(24, 32), 16) | 0;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Discard the first outputs, which still echo the seed words closely.
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** Fisher–Yates shuffle of a copy, driven by the given random source. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
