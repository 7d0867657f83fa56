import { useEffect, useId, useRef, type ReactNode } from 'react';
import { classNames } from './classNames';

export interface NotificationBannerProps {
  type?: 'success';
  titleText?: string;
  titleHtml?: ReactNode;
  titleId?: string;
  titleHeadingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  text?: string;
  html?: ReactNode;
  children?: ReactNode;
  role?: string;
  id?: string;
  /** Success banners take focus when they appear, as govuk-frontend's JavaScript does. */
  disableAutoFocus?: boolean;
  classes?: string;
}

export function NotificationBanner({
  type,
  titleText,
  titleHtml,
  titleId: givenTitleId,
  titleHeadingLevel = 2,
  text,
  html,
  children,
  role: givenRole,
  id,
  disableAutoFocus,
  classes,
}: NotificationBannerProps) {
  const generatedId = useId();
  const titleId = givenTitleId ?? `notification-banner-title-${generatedId.replace(/:/g, '')}`;
  const isSuccess = type === 'success';
  // Success banners report the outcome of what the person just did, so they are announced at once.
  const role = givenRole ?? (isSuccess ? 'alert' : 'region');
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (role === 'alert' && !disableAutoFocus) rootRef.current?.focus();
  }, [role, disableAutoFocus]);

  const Heading = `h${titleHeadingLevel}` as const;
  const title = titleHtml ?? titleText ?? (isSuccess ? 'Success' : 'Important');
  const content = children ?? html;
  return (
    <div
      ref={rootRef}
      id={id}
      className={classNames('govuk-notification-banner', isSuccess && 'govuk-notification-banner--success', classes)}
      role={role}
      aria-labelledby={titleId}
      tabIndex={role === 'alert' && !disableAutoFocus ? -1 : undefined}
    >
      <div className="govuk-notification-banner__header">
        <Heading className="govuk-notification-banner__title" id={titleId}>
          {title}
        </Heading>
      </div>
      <div className="govuk-notification-banner__content">
        {content ?? (text && <p className="govuk-notification-banner__heading">{text}</p>)}
      </div>
    </div>
  );
}
