import { Link } from '@childfirst/ui';

/** Shown wherever someone might arrive without an account: reporting a concern needs none. */
export function ReportConcernLink() {
  return (
    <>
      <h2 className="govuk-heading-m">Worried about a child?</h2>
      <p className="govuk-body">
        <Link className="govuk-link" href="/report-a-concern">
          Report a concern – you do not need an account
        </Link>
      </p>
      <p className="govuk-body">If a child is in immediate danger, call 999.</p>
    </>
  );
}
