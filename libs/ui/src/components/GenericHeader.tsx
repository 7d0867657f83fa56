import type { ReactNode } from 'react';
import { classNames } from './classNames';
import { Link } from './UiProvider';

export interface GenericHeaderProps {
  logoText?: string;
  logoHtml?: ReactNode;
  url?: string;
  classes?: string;
  containerClasses?: string;
}

/**
 * The header for services that are not on GOV.UK (the GOV.UK header with the crown is only for
 * GOV.UK): a council service shows its own name here, then the service navigation below.
 */
export function GenericHeader({ logoText, logoHtml, url = '/', classes, containerClasses }: GenericHeaderProps) {
  return (
    <div className={classNames('govuk-generic-header', classes)}>
      <div className={classNames('govuk-generic-header__container', containerClasses ?? 'govuk-width-container')}>
        <div className="govuk-generic-header__logo">
          <Link href={url} className="govuk-generic-header__homepage-link">
            {logoHtml ?? logoText}
          </Link>
        </div>
      </div>
    </div>
  );
}
