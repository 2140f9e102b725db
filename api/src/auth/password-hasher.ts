import { hash, verify } from '@node-rs/argon2';

// argon2id with the library defaults (m=19 MiB, t=2, p=1: OWASP's minimum recommendation).
export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verifying against a real hash when the user does not exist keeps the timing of a wrong e-mail
// and a wrong password alike, so login does not reveal which addresses have accounts.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$vru6PALSU0AqEbOnvlgJXQ$IIYw+ZMHlvEX0jMTIG2VjG3ktyAzCPi6sJ1UZ5zXfpM';

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? DUMMY_HASH, password);
    return Boolean(passwordHash) && ok;
  } catch {
    return false;
  }
}
