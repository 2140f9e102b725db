import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy.js';
import { canInvite } from './roles.js';
import { invitationInputSchema, loginSchema } from './account-input.js';

describe('checkPassword', () => {
  it('refuses passwords shorter than 12 characters', () => {
    expect(checkPassword('elevenchars')?.code).toBe('auth.password_too_short');
    expect(checkPassword('twelve chars')).toBeNull();
  });
  it('counts characters, not UTF-16 units', () => {
    expect(checkPassword('ææææææææææææ')).toBeNull();
    expect(checkPassword('😀'.repeat(11))?.code).toBe('auth.password_too_short');
  });
  it('refuses a password that contains the e-mail name', () => {
    expect(checkPassword('my-anders.jensen-pass', 'anders.jensen@kk.dk')?.code).toBe('auth.password_contains_email');
  });
});

describe('canInvite', () => {
  it('lets admins invite anyone and staff not admins', () => {
    expect(canInvite({ globalRole: 'admin' }, 'admin')).toBe(true);
    expect(canInvite({ globalRole: 'staff' }, 'juror')).toBe(true);
    expect(canInvite({ globalRole: 'staff' }, 'admin')).toBe(false);
    expect(canInvite({ globalRole: null }, 'juror')).toBe(false);
  });
});

describe('account input schemas', () => {
  it('normalises e-mail addresses to lower case', () => {
    expect(loginSchema.parse({ email: ' Admin@Fairpitch.LOCAL ', password: 'x' }).email).toBe('admin@fairpitch.local');
  });
  it('rejects an invitation without a valid e-mail', () => {
    const result = invitationInputSchema.safeParse({ email: 'not-an-email', name: 'A', role: 'juror' });
    expect(result.success).toBe(false);
  });
});
