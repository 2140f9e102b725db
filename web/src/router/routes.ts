import type { RouteRecordRaw } from 'vue-router';
import type { GlobalRole } from '@fairpitch/shared/accounts';
import HomePage from '../pages/HomePage.vue';

declare module 'vue-router' {
  interface RouteMeta {
    requiresAuth?: boolean;
    requiredRole?: GlobalRole;
    /** Send signed-in readers on (the login page is pointless to them). */
    guestOnly?: boolean;
  }
}

// One page component per route. Later areas (challenges, workspace, jury, exports) add their
// records here and, if they belong in the menu, an entry in ../navigation.ts.
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomePage },
  { path: '/login', name: 'login', component: () => import('../pages/LoginPage.vue'), meta: { guestOnly: true } },
  {
    path: '/invitation/:token',
    name: 'invitation',
    component: () => import('../pages/InvitationAcceptPage.vue'),
    props: true,
  },
  { path: '/account', name: 'account', component: () => import('../pages/AccountPage.vue'), meta: { requiresAuth: true } },
  {
    path: '/admin',
    component: () => import('../pages/AdminPage.vue'),
    meta: { requiresAuth: true, requiredRole: 'admin' },
    children: [
      { path: '', name: 'admin', redirect: { name: 'admin-users' } },
      { path: 'users', name: 'admin-users', component: () => import('../pages/admin/AdminUsersPage.vue') },
      { path: 'invite', name: 'admin-invite', component: () => import('../pages/admin/AdminInvitePage.vue') },
      { path: 'mail', name: 'admin-mail', component: () => import('../pages/admin/AdminMailPage.vue') },
      { path: 'audit', name: 'admin-audit', component: () => import('../pages/admin/AdminAuditPage.vue') },
    ],
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('../pages/NotFoundPage.vue') },
];
