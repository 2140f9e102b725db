import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubFetch } from '../testing/render.js';
import { ApiError, api, buildPath, configureApiClient, ENDPOINTS } from './client.js';

afterEach(() => {
  vi.unstubAllGlobals();
  configureApiClient({ locale: () => 'da', onSessionLost: () => undefined });
});

describe('the API client', () => {
  it('sends JSON with the UI language and same-origin credentials', async () => {
    configureApiClient({ locale: () => 'en' });
    const calls = stubFetch(() => ({ status: 200, body: { id: 'u1' } }));
    await api.auth.login('admin@fairpitch.local', 'secret');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      method: 'POST',
      url: '/api/auth/login',
      credentials: 'same-origin',
      body: { email: 'admin@fairpitch.local', password: 'secret' },
    });
    expect(calls[0]!.headers['accept-language']).toBe('en');
    expect(calls[0]!.headers['content-type']).toBe('application/json');
  });

  it('sends no content type on requests without a body', async () => {
    const calls = stubFetch(() => ({ status: 200, body: { ok: true, rows: 3 } }));
    await api.audit.verify();
    expect(calls[0]!.headers['content-type']).toBeUndefined();
  });

  it('turns an error answer into an ApiError with status, code, message and fields', async () => {
    stubFetch(() => ({
      status: 400,
      body: {
        code: 'validation.failed',
        message: 'Nogle felter er ikke udfyldt korrekt.',
        fields: [
          { path: 'email', code: 'email.invalid', message: 'Angiv en gyldig e-mailadresse.' },
          { path: 'email', code: 'validation.too_big', message: 'For lang.' },
        ],
      },
    }));
    const error = await api.invitations.create({ email: 'x', name: 'X', role: 'staff' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.code).toBe('validation.failed');
    expect(apiError.message).toBe('Nogle felter er ikke udfyldt korrekt.');
    expect(apiError.fieldMessages()).toEqual({ email: 'Angiv en gyldig e-mailadresse.' });
  });

  it('reports an unreachable server as a network error, not a crash', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const error = (await api.health().catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.isNetworkError).toBe(true);
  });

  it('tells the app when a signed-in request finds the session gone', async () => {
    const lost = vi.fn<() => void>();
    configureApiClient({ onSessionLost: lost });
    stubFetch(() => ({ status: 401, body: { code: 'auth.required', message: 'Du skal være logget ind.' } }));
    await api.admin.listUsers().catch(() => undefined);
    expect(lost).toHaveBeenCalledTimes(1);
  });

  it('does not treat a refused sign-in or an anonymous "who am I" as a lost session', async () => {
    const lost = vi.fn<() => void>();
    configureApiClient({ onSessionLost: lost });
    stubFetch(() => ({ status: 401, body: { code: 'auth.invalid_credentials', message: 'Forkert e-mail eller adgangskode.' } }));
    await api.auth.login('a@b.dk', 'x').catch(() => undefined);
    await api.auth.me().catch(() => undefined);
    expect(lost).not.toHaveBeenCalled();
  });

  it('fills path parameters encoded and leaves out empty query values', () => {
    expect(buildPath(ENDPOINTS.setUserRole, { params: { id: 'a/b' } })).toBe('/api/admin/users/a%2Fb/role');
    expect(buildPath(ENDPOINTS.listUsers, { query: { q: '', page: 2, pageSize: undefined } })).toBe('/api/admin/users?page=2');
  });

  it('returns nothing for 204 answers', async () => {
    stubFetch(() => ({ status: 204 }));
    await expect(api.auth.logout()).resolves.toBeUndefined();
  });
});
