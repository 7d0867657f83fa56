import type { ReactNode } from 'react';
import { classNames } from './classNames';
import { Link } from './UiProvider';

export interface BackLinkProps {
  href: string;
  text?: string;
  html?: ReactNode;
  classes?: string;
}

export function BackLink({ href, text = 'Back', html, classes }: BackLinkProps) {
  return (
    <Link href={href} className={classNames('govuk-back-link', classes)}>
      {html ?? text}
    </Link>
  );
}
