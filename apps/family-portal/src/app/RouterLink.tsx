import type { LinkComponentProps } from '@childfirst/ui';
import type { MouseEvent } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';
import { isPublicPath } from './publicNavigation';

/**
 * Lets @childfirst/ui components navigate in-app without a full page load. Built on react-router's
 * hooks rather than its <Link>, which brings prefetching machinery this app does not use (~5 KB).
 * Only for the signed-in part (app/publicNavigation.tsx has the public pages' links).
 */
export function RouterLink(props: LinkComponentProps) {
  // The public pages are outside this router: reaching one from a signed-in page is a page load.
  if (isPublicPath(props.href)) return <a {...props} />;
  return <InAppLink {...props} />;
}

function InAppLink({ href, onClick, target, ...rest }: LinkComponentProps) {
  const resolvedHref = useHref(href);
  const handleNavigation = useLinkClickHandler<HTMLAnchorElement>(href, { target });
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (!event.defaultPrevented) handleNavigation(event);
  }
  return <a {...rest} href={resolvedHref} target={target} onClick={handleClick} />;
}
