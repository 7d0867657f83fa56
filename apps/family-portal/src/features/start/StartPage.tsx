import { Button, PageHeading, usePageTitle } from '@childfirst/ui';
import { ReportConcernLink } from './ReportConcernLink';

/**
 * The portal's start page, for people who are not signed in. "Sign in" leads to the signed-in
 * pages, which send the person to the sign-in page; reporting a concern needs no account.
 */
export function StartPage() {
  usePageTitle('Childfirst family portal');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>Childfirst family portal</PageHeading>
        <p className="govuk-body">Use the family portal to:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>ask for help for your family</li>
          <li>see where your requests for help are and what happens next</li>
        </ul>
        <p className="govuk-body">You need to sign in to use the portal.</p>
        <Button href="/" isStartButton text="Sign in" />
        <ReportConcernLink />
      </div>
    </div>
  );
}
