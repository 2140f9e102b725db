import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADMIN, renderWithApp, stubFetch } from '../testing/render.js';
import InvitationAcceptPage from './InvitationAcceptPage.vue';

const TOKEN = 'abcdefghijklmnopqrstuvwxyz012345';
const PREVIEW = { email: 'nora@kk.dk', name: 'Nora Nielsen', role: 'staff' };

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

async function open(handler: Parameters<typeof stubFetch>[0]) {
  const calls = stubFetch(handler);
  const rendered = await renderWithApp(InvitationAcceptPage, { route: `/invitation/${TOKEN}`, props: { token: TOKEN } });
  await flushPromises();
  return { calls, ...rendered };
}

describe('InvitationAcceptPage', () => {
  it('says who is invited and as what', async () => {
    const { wrapper, unmount } = await open((call) => (call.url === `/api/invitations/${TOKEN}` ? { status: 200, body: PREVIEW } : undefined));
    expect(wrapper.text()).toContain('Nora Nielsen (nora@kk.dk) er inviteret til Fairpitch som Kommunal medarbejder.');
    expect((wrapper.find('input[name=name]').element as HTMLInputElement).value).toBe('Nora Nielsen');
    unmount();
  });

  it('explains an invalid or used invitation instead of showing the form', async () => {
    const { wrapper, unmount } = await open(() => ({ status: 410, body: { code: 'invitation.invalid', message: 'Invitationen er ugyldig, udløbet eller allerede brugt.' } }));
    expect(wrapper.find('h1').text()).toBe('Invitationen kan ikke bruges');
    expect(wrapper.find('[role=alert]').text()).toBe('Invitationen er ugyldig, udløbet eller allerede brugt.');
    expect(wrapper.find('form').exists()).toBe(false);
    unmount();
  });

  it('checks the password rule and the repetition before calling the server', async () => {
    const { wrapper, calls, unmount } = await open((call) => (call.method === 'GET' ? { status: 200, body: PREVIEW } : undefined));
    await wrapper.find('input[name=new-password]').setValue('short');
    await wrapper.find('input[name=confirm-password]').setValue('different');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    const errors = wrapper.findAll('.form-field__error').map((e) => e.text());
    expect(errors).toEqual(['Fejl: Adgangskoden skal være på mindst 12 tegn.', 'Fejl: De to adgangskoder er ikke ens.']);
    unmount();
  });

  it('creates the account, signs in and greets the new user', async () => {
    const created = { ...ADMIN, id: 'new', email: PREVIEW.email, name: 'Nora N.', globalRole: 'staff' as const };
    const { wrapper, calls, router, session, unmount } = await open((call) =>
      call.method === 'GET' ? { status: 200, body: PREVIEW } : call.url === '/api/invitations/accept' ? { status: 201, body: created } : undefined,
    );
    await wrapper.find('input[name=name]').setValue('Nora N.');
    await wrapper.find('input[name=new-password]').setValue('a long enough password');
    await wrapper.find('input[name=confirm-password]').setValue('a long enough password');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ token: TOKEN, password: 'a long enough password', name: 'Nora N.' });
    expect(session.user?.name).toBe('Nora N.');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('account'));
    unmount();
  });
});
