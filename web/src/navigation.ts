import type { RouteLocationRaw } from 'vue-router';
import { type RouteAccess, decideAccess } from './router/access.js';
import type { MessageSchema } from './i18n/da.js';

type NavLabelKey = `nav.${keyof MessageSchema['nav'] & string}`;

export interface NavItem {
  to: RouteLocationRaw;
  labelKey: NavLabelKey;
  /** Shown only to readers who may open the page; same rule as the route's guard. */
  access?: RouteAccess;
}

/**
 * The primary navigation, each entry with the access its route demands; the header hides what the
 * reader cannot open.
 */
export const PRIMARY_NAV: NavItem[] = [
  { to: { name: 'home' }, labelKey: 'nav.home' },
  { to: { name: 'challenges' }, labelKey: 'nav.challenges' },
  // Shown to staff; co-organisers without a global role reach it from their challenge's page.
  { to: { name: 'organiser' }, labelKey: 'nav.organiser', access: { requiredRole: 'staff' } },
  // Jurors hold their role per challenge, which the session does not know: every signed-in reader
  // sees the link, and the page says when there is nothing to judge.
  { to: { name: 'jury' }, labelKey: 'nav.jury', access: { requiresAuth: true } },
  { to: { name: 'entries' }, labelKey: 'nav.entries', access: { requiresAuth: true } },
  { to: { name: 'companies' }, labelKey: 'nav.companies', access: { requiresAuth: true } },
];

/** Links in the user menu for signed-in readers. */
export const USER_NAV: NavItem[] = [
  { to: { name: 'account' }, labelKey: 'nav.account', access: { requiresAuth: true } },
  { to: { name: 'admin-users' }, labelKey: 'nav.admin', access: { requiredRole: 'admin' } },
];

export function visibleNav(items: NavItem[], user: Parameters<typeof decideAccess>[1]): NavItem[] {
  return items.filter((item) => !item.access || decideAccess(item.access, user) === 'allow');
}
