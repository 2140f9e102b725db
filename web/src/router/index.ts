import { type RouterHistory, createRouter, createWebHistory } from 'vue-router';
import { useSessionStore } from '../stores/session.js';
import { decideAccess, routeAccess, safeNextPath } from './access.js';
import { routes } from './routes.js';

/**
 * The app's router. Signed-out readers of a protected page go to /login?next=…; a signed-in
 * reader without the role stays on the address and App shows the "no access" page instead,
 * so the address bar still says where they tried to go.
 */
export function createAppRouter(history: RouterHistory = createWebHistory()) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: (to, _from, saved) => saved ?? (to.hash ? { el: to.hash } : { top: 0 }),
  });

  router.beforeEach(async (to) => {
    const session = useSessionStore();
    await session.ensureLoaded();
    if (to.meta.guestOnly && session.isSignedIn) return safeNextPath(to.query.next);
    if (decideAccess(routeAccess(to), session.user) === 'sign-in') {
      return { name: 'login', query: { next: to.fullPath } };
    }
    return true;
  });

  return router;
}

export type AppRouter = ReturnType<typeof createAppRouter>;
