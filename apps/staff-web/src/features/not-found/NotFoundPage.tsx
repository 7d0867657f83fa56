import { Link, PageHeading, usePageTitle } from '@childfirst/ui';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <PageHeading classes="govuk-heading-l">Page not found</PageHeading>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">
        <Link className="govuk-link" href="/">
          Go to the triage queue
        </Link>
      </p>
    </>
  );
}
