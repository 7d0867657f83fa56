import type { LinkComponentProps } from '@childfirst/ui';
import type { MouseEvent } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';

/**
 * Lets @childfirst/ui components navigate in-app without a full page load. Built on react-router's
 * hooks rather than its <Link>, which brings prefetching machinery this app does not use (~5 KB).
 */
export function RouterLink({ href, onClick, target, ...rest }: LinkComponentProps) {
  const resolvedHref = useHref(href);
  const handleNavigation = useLinkClickHandler<HTMLAnchorElement>(href, { target });
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (!event.defaultPrevented) handleNavigation(event);
  }
  return <a {...rest} href={resolvedHref} target={target} onClick={handleClick} />;
}
