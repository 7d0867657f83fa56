import type { LinkComponentProps } from '@childfirst/ui';
import { useSyncExternalStore, type MouseEvent } from 'react';

/**
 * The two public pages need no router: keeping react-router out of their download is what keeps
 * /start inside the first-load budget (react-router is 13 KB gzipped; it loads with the signed-in
 * part). Navigation between them, and from them to the signed-in part, uses the History API; the
 * portal re-renders on pushState here and on the browser's back and forward buttons.
 */
export const publicPaths = ['/start', '/report-a-concern'] as const;

export function isPublicPath(pathname: string): boolean {
  const path = pathname.replace(/\/+$/, '') || '/';
  return (publicPaths as readonly string[]).includes(path);
}

let navigations = 0;
const listeners = new Set<() => void>();

function notify() {
  navigations += 1;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

/** The current path, and a number that changes on every navigation (for moving focus to the new page's heading). */
export function useLocationPath(): { pathname: string; key: string } {
  const pathname = useSyncExternalStore(subscribe, () => window.location.pathname);
  const key = useSyncExternalStore(subscribe, () => String(navigations));
  return { pathname, key };
}

export function navigate(href: string): void {
  // The new page's heading then takes focus (useRouteFocus), which brings it into view.
  window.history.pushState({}, '', href);
  notify();
}

/** Links on the public pages: in-app navigation without a page load, as the signed-in part's RouterLink does. */
export function PublicLink({ href, onClick, target, ...rest }: LinkComponentProps) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0;
    if (event.defaultPrevented || modified || (target && target !== '_self')) return;
    event.preventDefault();
    navigate(href);
  }
  return <a {...rest} href={href} target={target} onClick={handleClick} />;
}
