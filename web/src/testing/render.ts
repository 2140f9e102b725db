import { type Component } from 'vue';
import { createPinia, setActivePinia } from 'pinia';
import { createMemoryHistory } from 'vue-router';
import { mount } from '@vue/test-utils';
import { vi } from 'vitest';
import type { UserSummary } from '../api/client.js';
import { wireApp } from '../app-setup.js';
import { type Locale, createAppI18n } from '../i18n/index.js';
import { createAppRouter } from '../router/index.js';
import { useSessionStore } from '../stores/session.js';

// Test-only helpers: mount a component inside the real i18n, Pinia and router, and answer
// fetch() calls from a table instead of a server.

export const ADMIN: UserSummary = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'admin@fairpitch.local',
  name: 'Ada Admin',
  globalRole: 'admin',
  locale: 'da',
  disabled: false,
  createdAt: '2026-11-01T10:00:00.000Z',
};

export const STAFF: UserSummary = { ...ADMIN, id: '00000000-0000-4000-8000-000000000002', email: 'organiser@fairpitch.local', name: 'Otto Organiser', globalRole: 'staff' };

export const PARTICIPANT: UserSummary = { ...ADMIN, id: '00000000-0000-4000-8000-000000000003', email: 'startup@fairpitch.local', name: 'Sofie Startup', globalRole: null };

export interface FetchCall {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  credentials: RequestCredentials | undefined;
}

type Reply = { status: number; body?: unknown };
type Handler = (call: FetchCall) => Reply | undefined;

/** Replaces fetch: each request goes to the handler; unanswered requests get a 404. */
export function stubFetch(handler: Handler): FetchCall[] {
  const calls: FetchCall[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit = {}) => {
      const headers = Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
      const call: FetchCall = {
        method: init.method ?? 'GET',
        url: input,
        headers,
        body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
        credentials: init.credentials,
      };
      calls.push(call);
      const reply = handler(call) ?? { status: 404, body: { code: 'request.not_found', message: 'Not found' } };
      return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
        status: reply.status,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return calls;
}

export async function renderWithApp(
  component: Component,
  options: { route?: string; user?: UserSummary | null; locale?: Locale; props?: Record<string, unknown> } = {},
) {
  localStorage.clear();
  window.scrollTo = () => undefined; // jsdom has no layout; the router scrolls on navigation
  const pinia = createPinia();
  setActivePinia(pinia);
  const i18n = createAppI18n(options.locale ?? 'da');
  const router = createAppRouter(createMemoryHistory());
  const session = useSessionStore(pinia);
  session.$patch({ user: options.user ?? null, loaded: true });
  const unwire = wireApp({ i18n, pinia, router });
  await router.push(options.route ?? '/');
  await router.isReady();
  const wrapper = mount(component, {
    props: options.props,
    global: { plugins: [i18n, pinia, router] },
    attachTo: document.body,
  });
  return {
    wrapper,
    router,
    i18n,
    session,
    unmount() {
      wrapper.unmount();
      unwire();
    },
  };
}
