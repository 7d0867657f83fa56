import { PageHeading, usePageTitle } from '@childfirst/ui';

export interface NoAccessProps {
  /** What the person cannot reach, finishing "You do not have access to …". */
  what: string;
  /** The API's reason, when it gave one. */
  detail?: string;
}

export function NoAccess({ what, detail }: NoAccessProps) {
  const heading = `You do not have access to ${what}`;
  usePageTitle(heading);
  return (
    <>
      <PageHeading classes="govuk-heading-l">{heading}</PageHeading>
      {detail ? (
        <p className="govuk-body">{detail}</p>
      ) : (
        <p className="govuk-body">Your account does not have the permission needed to see this page.</p>
      )}
      <p className="govuk-body">If you need it for your work, ask your team manager to request it for you.</p>
    </>
  );
}
