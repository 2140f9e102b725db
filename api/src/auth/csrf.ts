import type { Request } from 'express';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing requests a browser sent on behalf of another site (OWASP: verify origin
 * with standard headers). Browsers always send Sec-Fetch-Site and Origin on cross-site writes;
 * non-browser clients send neither and carry no ambient cookies from elsewhere. Together with
 * SameSite=Lax cookies and JSON-only bodies (a cross-site form cannot send JSON without CORS),
 * this keeps cookie-authenticated writes from being forged.
 */
export function isCrossSiteWrite(request: Request, publicUrl: URL): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const fetchSite = request.headers['sec-fetch-site'];
  if (typeof fetchSite === 'string' && fetchSite !== 'same-origin' && fetchSite !== 'none') return true;
  const origin = request.headers.origin;
  if (typeof origin === 'string' && origin !== 'null') {
    const allowed = new Set([publicUrl.origin]);
    const host = request.headers.host;
    if (host) allowed.add(`${request.protocol}://${host}`);
    return !allowed.has(origin);
  }
  return origin === 'null';
}
