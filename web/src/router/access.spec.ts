import { describe, expect, it } from 'vitest';
import { decideAccess, safeNextPath } from './access.js';

describe('decideAccess', () => {
  it('lets anyone open public pages', () => {
    expect(decideAccess({}, null)).toBe('allow');
  });

  it('sends signed-out readers of a protected page to sign in', () => {
    expect(decideAccess({ requiresAuth: true }, null)).toBe('sign-in');
    expect(decideAccess({ requiredRole: 'admin' }, null)).toBe('sign-in');
  });

  it('refuses the admin area to staff and people without a global role', () => {
    expect(decideAccess({ requiredRole: 'admin' }, { globalRole: 'staff' })).toBe('forbidden');
    expect(decideAccess({ requiredRole: 'admin' }, { globalRole: null })).toBe('forbidden');
    expect(decideAccess({ requiredRole: 'admin' }, { globalRole: 'admin' })).toBe('allow');
  });

  it('counts admins as staff', () => {
    expect(decideAccess({ requiredRole: 'staff' }, { globalRole: 'admin' })).toBe('allow');
    expect(decideAccess({ requiredRole: 'staff' }, { globalRole: null })).toBe('forbidden');
  });
});

describe('safeNextPath', () => {
  it('keeps a path on this site', () => {
    expect(safeNextPath('/admin/users?q=ada')).toBe('/admin/users?q=ada');
  });

  it('refuses addresses that would leave the site', () => {
    for (const next of ['//evil.example/x', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)', undefined, ['/a']]) {
      expect(safeNextPath(next)).toBe('/');
    }
  });

  it('does not send a reader back to the login page', () => {
    expect(safeNextPath('/login?next=/admin')).toBe('/');
  });
});
