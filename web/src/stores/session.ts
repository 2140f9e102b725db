import { computed, ref } from 'vue';
import { defineStore } from 'pinia';
import type { Locale } from '@fairpitch/shared/common';
import { api, isApiError, type UserSummary } from '../api/client.js';

/** Who is signed in. Loaded once from the server; the session itself lives in an HttpOnly cookie. */
export const useSessionStore = defineStore('session', () => {
  const user = ref<UserSummary | null>(null);
  const loaded = ref(false);
  let loading: Promise<void> | null = null;

  const isSignedIn = computed(() => user.value !== null);
  const isAdmin = computed(() => user.value?.globalRole === 'admin');
  /** Municipal staff may create challenges; admins count as staff. */
  const isStaff = computed(() => user.value?.globalRole === 'staff' || user.value?.globalRole === 'admin');

  /** Asks the server who we are, once; later calls wait for the same answer. */
  function ensureLoaded(): Promise<void> {
    if (loaded.value) return Promise.resolve();
    loading ??= api.auth
      .me()
      .then(
        (me) => {
          user.value = me;
        },
        (error: unknown) => {
          // 401 means signed out; any other failure also leaves us signed out rather than stuck.
          if (!isApiError(error) || error.status !== 401) console.warn('Could not load the session', error);
          user.value = null;
        },
      )
      .finally(() => {
        loaded.value = true;
        loading = null;
      });
    return loading;
  }

  async function signIn(email: string, password: string): Promise<UserSummary> {
    user.value = await api.auth.login(email, password);
    loaded.value = true;
    return user.value;
  }

  async function acceptInvitation(input: { token: string; password: string; name?: string }): Promise<UserSummary> {
    user.value = await api.invitations.accept(input);
    loaded.value = true;
    return user.value;
  }

  async function signOut(): Promise<void> {
    try {
      await api.auth.logout();
    } finally {
      user.value = null;
    }
  }

  async function updateProfile(changes: { name?: string; locale?: Locale }): Promise<UserSummary> {
    user.value = await api.auth.updateMe(changes);
    return user.value;
  }

  /** The server no longer knows the session (expired, revoked): forget the user locally. */
  function forget(): void {
    user.value = null;
    loaded.value = true;
  }

  return { user, loaded, isSignedIn, isAdmin, isStaff, ensureLoaded, signIn, acceptInvitation, signOut, updateProfile, forget };
});
