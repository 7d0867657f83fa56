import { InAppLink, navigate, useLocation } from './router';

/**
 * The two public pages, shown without sign-in (and without keycloak-js or the signed-in part's
 * code). Navigation between them, and from them to the signed-in part, uses the History API
 * (app/router.tsx); the portal re-renders on every navigation and on back and forward.
 */
export const publicPaths = ['/start', '/report-a-concern'] as const;

export function isPublicPath(pathname: string): boolean {
  const path = pathname.replace(/\/+$/, '') || '/';
  return (publicPaths as readonly string[]).includes(path);
}

/** The current path, and a key that changes on every visit (for moving focus to the new page's heading). */
export function useLocationPath(): { pathname: string; key: string } {
  const { pathname, key } = useLocation();
  return { pathname, key };
}

export { navigate };

/** Links on the public pages: in-app navigation without a page load, as in the signed-in part. */
export const PublicLink = InAppLink;
