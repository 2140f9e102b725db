import { isRfc3339DateTime } from '../utc-timestamp.js';

// The two formats the OCDS schemas use. Implemented here (rather than pulling in a formats
// package) so validation really checks them instead of ignoring unknown formats.

export const isDateTimeFormat = isRfc3339DateTime;

// RFC 3986: a scheme, a colon, then only URI characters (unreserved, reserved, percent-escapes).
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;

export function isUriFormat(value: string): boolean {
  if (!URI.test(value)) return false;
  // For web addresses also require a host, so "https:" or "https:///x" are not accepted.
  const web = /^(https?):(.*)$/i.exec(value);
  if (!web) return true;
  const host = /^\/\/(?:[^@/?#]*@)?([^:/?#]+)/.exec(web[2] ?? '');
  return host !== null && (host[1] ?? '').length > 0;
}
