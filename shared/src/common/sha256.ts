import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonical-json.js';

// Pure-JS SHA-256 so the browser can recompute the hashes the server shows.
export function sha256Hex(input: string | Uint8Array): string {
  return bytesToHex(nobleSha256(typeof input === 'string' ? utf8ToBytes(input) : input));
}

export function hashCanonical(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}

/** A SHA-256 fed piece by piece, for data too large to hold at once. */
export interface Sha256Stream {
  update(bytes: Uint8Array): void;
  /** The hash (hex) of everything fed; call once, at the end. */
  hex(): string;
}

export function sha256Stream(): Sha256Stream {
  const hash = nobleSha256.create();
  return {
    update: (bytes) => {
      hash.update(bytes);
    },
    hex: () => bytesToHex(hash.digest()),
  };
}
