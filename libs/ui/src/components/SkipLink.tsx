import type { MouseEvent } from 'react';
import { classNames } from './classNames';

export interface SkipLinkProps {
  text?: string;
  href?: string;
  classes?: string;
}

/**
 * Moves focus to the main content itself rather than changing the URL: a hash change would be a
 * navigation to the router, and some browsers leave focus where it was when only the hash changes.
 */
export function SkipLink({ text = 'Skip to main content', href = '#main-content', classes }: SkipLinkProps) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    const target = href.startsWith('#') ? document.getElementById(href.slice(1)) : null;
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
      target.classList.add('govuk-skip-link-focused-element');
      target.addEventListener(
        'blur',
        () => {
          target.removeAttribute('tabindex');
          target.classList.remove('govuk-skip-link-focused-element');
        },
        { once: true },
      );
    }
    target.focus();
  }
  return (
    <a href={href} className={classNames('govuk-skip-link', classes)} onClick={handleClick}>
      {text}
    </a>
  );
}
