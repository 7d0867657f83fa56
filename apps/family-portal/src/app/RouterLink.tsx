import type { LinkComponentProps } from '@childfirst/ui';
import { isPublicPath } from './publicNavigation';
import { InAppLink } from './router';

/**
 * Lets @childfirst/ui components navigate in-app without a full page load, in the signed-in part
 * (app/publicNavigation.tsx has the public pages' links).
 */
export function RouterLink(props: LinkComponentProps) {
  // The public pages are outside the signed-in part: reaching one from a signed-in page is a page load.
  if (isPublicPath(props.href)) return <a {...props} />;
  return <InAppLink {...props} />;
}
