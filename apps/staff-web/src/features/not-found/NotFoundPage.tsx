import { Link, PageHeading, usePageTitle } from '@childfirst/ui';
import { useHasCapability } from '../account/useStaffProfile';

export function NotFoundPage() {
  usePageTitle('Page not found');
  // The home page is the triage queue for triage managers and the caseload for everyone else.
  const homeIsTriage = useHasCapability('referral:triage:view') !== false;
  return (
    <>
      <PageHeading classes="govuk-heading-l">Page not found</PageHeading>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you followed a link, the record may have been merged with another or removed.</p>
      <p className="govuk-body">
        <Link className="govuk-link" href="/">
          {homeIsTriage ? 'Go to the triage queue' : 'Go to your caseload'}
        </Link>
      </p>
    </>
  );
}
