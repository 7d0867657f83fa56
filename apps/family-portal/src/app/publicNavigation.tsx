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

/**
 * The start page's "Sign in": not public, so it opens the signed-in part, which sends someone without
 * a session to the sign-in page and then home (SignedInPortal's whenSignedOut), and someone with one home.
 */
export const SIGN_IN_PATH = '/sign-in';
