import type { FamilyHelpRequest } from '@childfirst/domain/referrals';
import { BackLink, Link, PageHeading, Panel, focusMainHeading, formatDateTime, formatDeadline, usePageTitle } from '@childfirst/ui';
import { useEffect, useState } from 'react';
import { HelpRequestForm } from './HelpRequestForm';

function RequestSent({ request }: { request: FamilyHelpRequest }) {
  usePageTitle('Request sent');
  useEffect(() => {
    focusMainHeading();
  }, []);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel titleText="Request sent" html={<>We received it on {formatDateTime(request.receivedAt)}</>} />
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">{request.statusDetail}</p>
        <p className="govuk-body">We will decide by {formatDeadline(request.decisionDueAt, { weekday: true })}. You can see where your request is on your requests page.</p>
        <p className="govuk-body">If a child is in immediate danger, call 999.</p>
        <p className="govuk-body">
          <Link className="govuk-link" href="/">
            Go to your requests for help
          </Link>
        </p>
      </div>
    </div>
  );
}

export function AskForHelpPage() {
  const [sent, setSent] = useState<FamilyHelpRequest | null>(null);
  if (sent) return <RequestSent request={sent} />;
  return (
    <>
      <BackLink href="/" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <HelpRequestForm
            onSent={setSent}
            intro={
              <>
                <PageHeading classes="govuk-heading-l">Ask for help</PageHeading>
                <p className="govuk-body">Tell us what is happening and we will decide how we can help within one working day.</p>
                <p className="govuk-body">If a child is in immediate danger, call 999.</p>
              </>
            }
          />
        </div>
      </div>
    </>
  );
}
