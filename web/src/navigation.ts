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
 * The primary navigation. Later areas add their entry here (challenges, my workspace, jury,
 * exports) with the access their route demands; the header hides what the reader cannot open.
 */
export const PRIMARY_NAV: NavItem[] = [{ to: { name: 'home' }, labelKey: 'nav.home' }];

/** Links in the user menu for signed-in readers. */
export const USER_NAV: NavItem[] = [
  { to: { name: 'account' }, labelKey: 'nav.account', access: { requiresAuth: true } },
  { to: { name: 'admin-users' }, labelKey: 'nav.admin', access: { requiredRole: 'admin' } },
];

export function visibleNav(items: NavItem[], user: Parameters<typeof decideAccess>[1]): NavItem[] {
  return items.filter((item) => !item.access || decideAccess(item.access, user) === 'allow');
}
