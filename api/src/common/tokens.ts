import { createHash, randomBytes } from 'node:crypto';

/** A random URL-safe secret (session cookie, invitation link) and the hash stored in its place. */
export function newSecretToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
