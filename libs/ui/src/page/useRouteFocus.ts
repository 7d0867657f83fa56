import { useEffect, useRef } from 'react';
import { requestHeadingFocus } from './pageFocus';

/**
 * Moves focus to the page's h1 whenever `routeKey` changes after the first render. Pass the
 * router's location key (react-router's `useLocation().key`) so the library does not depend on it.
 */
export function useRouteFocus(routeKey: string): void {
  const previousKey = useRef(routeKey);
  useEffect(() => {
    if (previousKey.current === routeKey) return;
    previousKey.current = routeKey;
    requestHeadingFocus();
  }, [routeKey]);
}
