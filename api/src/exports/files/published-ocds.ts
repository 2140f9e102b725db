/**
 * Where a challenge's OCDS release package is published. The route and the package's own `uri`
 * come from here, so the URI written into every package is the address that serves it.
 */
export const PUBLISHED_OCDS_ROUTE = 'challenges/:challengeId/ocds-release-package.json';

/** Depends only on the challenge and PUBLIC_URL, so a re-export stays byte-identical. */
export function publishedOcdsUri(publicUrl: URL, challengeId: string): string {
  return new URL(`/api/${PUBLISHED_OCDS_ROUTE.replace(':challengeId', encodeURIComponent(challengeId))}`, publicUrl).toString();
}
