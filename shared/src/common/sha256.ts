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
