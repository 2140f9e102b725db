// NIST SP 800-63B: length over composition rules; at least 12 here as the issue demands.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem =
  | { code: 'auth.password_too_short'; params: { minimum: number } }
  | { code: 'auth.password_too_long'; params: { maximum: number } }
  | { code: 'auth.password_contains_email'; params: Record<string, never> };

export function checkPassword(password: string, email?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return { code: 'auth.password_too_short', params: { minimum: PASSWORD_MIN_LENGTH } };
  if (length > PASSWORD_MAX_LENGTH) return { code: 'auth.password_too_long', params: { maximum: PASSWORD_MAX_LENGTH } };
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && password.toLowerCase().includes(local)) {
    return { code: 'auth.password_contains_email', params: {} };
  }
  return null;
}
