/**
 * After a client-side navigation focus would stay on the link that was activated, which no longer
 * exists, so screen reader and keyboard users would be left nowhere. We move it to the page's h1
 * (WCAG 2.4.3 focus order; the GOV.UK pattern for single-page apps). On the first page load focus
 * stays where the browser puts it.
 */
let headingFocusPending = false;

function mainHeading(): HTMLElement | null {
  return document.querySelector<HTMLElement>('main h1');
}

/** Focuses the h1 in <main>; returns false if there is none yet (it may still be loading). */
export function focusMainHeading(): boolean {
  const heading = mainHeading();
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
  return true;
}

/** Called when the route changes: focus the h1 now, or as soon as a PageHeading mounts. */
export function requestHeadingFocus(): void {
  headingFocusPending = !focusMainHeading();
}

/** Called by PageHeading when it mounts: takes a pending request from a navigation. */
export function takePendingHeadingFocus(): void {
  if (headingFocusPending) headingFocusPending = !focusMainHeading();
}
