import { Inflate } from 'fflate';

export type InflateOutcome =
  | { ok: true; data: Uint8Array }
  /** `limit`: the output grew past the cap (declared sizes can lie, so this is watched as it
   *  happens); `corrupt`: the stream is broken. `partial` holds what came out before that. */
  | { ok: false; reason: 'limit' | 'corrupt'; partial: Uint8Array };

// Small input chunks bound the memory of one step: DEFLATE expands at most ~1032×, so a 1 KiB
// chunk produces at most ~1 MiB before we look at the running total again.
const CHUNK = 1024;

/** Inflates raw DEFLATE data, aborting as soon as the output exceeds `maxOutput` bytes. */
export function inflateBounded(compressed: Uint8Array, maxOutput: number): InflateOutcome {
  const pieces: Uint8Array[] = [];
  // Set from the inflater's callback, which runs synchronously inside push().
  const state = { total: 0, over: false, done: false };
  const inflater = new Inflate((chunk, final) => {
    if (final) state.done = true;
    if (state.over || chunk.length === 0) return;
    if (state.total + chunk.length > maxOutput) {
      // Keep what fits, so callers sniffing a file's first bytes still get them.
      pieces.push(chunk.subarray(0, maxOutput - state.total));
      state.total = maxOutput;
      state.over = true;
      return;
    }
    state.total += chunk.length;
    pieces.push(chunk);
  });
  try {
    for (let offset = 0; offset < compressed.length && !state.over && !state.done; offset += CHUNK) {
      inflater.push(compressed.subarray(offset, offset + CHUNK), false);
    }
    if (!state.over && !state.done) inflater.push(new Uint8Array(0), true);
  } catch {
    return { ok: false, reason: 'corrupt', partial: join(pieces) };
  }
  if (state.over) return { ok: false, reason: 'limit', partial: join(pieces) };
  return { ok: true, data: join(pieces) };
}

/** Inflates a zlib-wrapped stream (PDF FlateDecode), falling back to raw DEFLATE. */
export function inflateZlibBounded(data: Uint8Array, maxOutput: number): InflateOutcome {
  const cmf = data[0];
  const flg = data[1];
  const zlibHeader =
    cmf !== undefined && flg !== undefined && (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0 && (flg & 0x20) === 0;
  return inflateBounded(zlibHeader ? data.subarray(2) : data, maxOutput);
}

function join(pieces: Uint8Array[]): Uint8Array {
  if (pieces.length === 1) return pieces[0]!;
  let size = 0;
  for (const p of pieces) size += p.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
