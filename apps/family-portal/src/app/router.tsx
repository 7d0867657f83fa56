import type { LinkComponentProps } from '@childfirst/ui';
import type { MouseEvent } from 'react';
import { useHistoryState, usePathname } from 'wouter/use-browser-location';

/**
 * The portal's navigation, on wouter (3 KB gzipped, against react-router's 13: see
 * docs/adr/0011-family-portal-javascript-budget.md). wouter matches routes (<Switch>, <Route>,
 * useParams) and watches the History API; this module adds what the pages rely on besides: a key
 * per visit (so focus moves to the new page's heading, even on the same address) and state handed
 * from one page to the next ("you have withdrawn consent for …").
 */
interface HistoryEntry {
  key: string;
  state?: unknown;
}

let visits = 0;

export interface NavigateOptions {
  /** Replace the current entry (the back button then skips it). */
  replace?: boolean;
  /** Handed to the next page (useLocation().state); kept if the person comes back to it. */
  state?: unknown;
}

/** In-app navigation without a page load. */
export function navigate(href: string, { replace = false, state }: NavigateOptions = {}): void {
  visits += 1;
  const entry: HistoryEntry = { key: `visit-${visits}`, state };
  window.history[replace ? 'replaceState' : 'pushState'](entry, '', href);
}

export function useNavigate(): typeof navigate {
  return navigate;
}

export interface PortalLocation {
  pathname: string;
  /** Changes on every visit, back and forward included. */
  key: string;
  state: unknown;
}

function isHistoryEntry(value: unknown): value is HistoryEntry {
  return typeof value === 'object' && value !== null && typeof (value as HistoryEntry).key === 'string';
}

export function useLocation(): PortalLocation {
  const pathname = usePathname();
  const entry = useHistoryState() as unknown;
  return isHistoryEntry(entry) ? { pathname, key: entry.key, state: entry.state ?? null } : { pathname, key: 'first', state: null };
}

/** A link that navigates in-app (left click, no modifier keys, same window); otherwise a plain link. */
export function InAppLink({ href, onClick, target, ...rest }: LinkComponentProps) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0;
    if (event.defaultPrevented || modified || (target && target !== '_self')) return;
    event.preventDefault();
    navigate(href);
  }
  return <a {...rest} href={href} target={target} onClick={handleClick} />;
}

export { Route, Switch, useParams } from 'wouter';
