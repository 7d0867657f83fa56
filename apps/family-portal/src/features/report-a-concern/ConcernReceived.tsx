import { Link, Panel, focusMainHeading, formatDateTime, usePageTitle } from '@childfirst/ui';
import { useEffect } from 'react';
import type { PublicConcernReceipt } from '../../api/publicApi';

export interface ConcernReceivedProps {
  receipt: PublicConcernReceipt;
  /** Whether the person chose not to say who they are: then nobody will contact them. */
  anonymous: boolean;
  frontDoorPhone: string;
  /** Starts a new, empty report. */
  onReportAnother: () => void;
}

/** The confirmation: a reference to quote, and what happens next. Nothing about the child or family. */
export function ConcernReceived({ receipt, anonymous, frontDoorPhone, onReportAnother }: ConcernReceivedProps) {
  usePageTitle('Concern received');
  useEffect(() => {
    focusMainHeading();
  }, []);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel
          titleText="Concern received"
          html={
            <>
              Your reference number
              <br />
              <strong>{receipt.reference}</strong>
            </>
          }
        />
        <p className="govuk-body">We received it on {formatDateTime(receipt.receivedAt)}.</p>
        {receipt.message && <p className="govuk-body">{receipt.message}</p>}
        <p className="govuk-body">Write down your reference number. Give it to us if you contact us about this concern.</p>

        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">Our front door team looks at every concern within one working day. They decide whether the child or family needs help or protection.</p>
        {anonymous ? (
          <p className="govuk-body">You did not tell us who you are, so we will not contact you.</p>
        ) : (
          <p className="govuk-body">We will only contact you if we need to know more. We will use the phone number or email address you gave us.</p>
        )}
        <p className="govuk-body">We cannot tell you what happens to the child or their family. This is to protect their privacy.</p>

        <h2 className="govuk-heading-m">If you are still worried</h2>
        <p className="govuk-body">If a child is in immediate danger, call 999.</p>
        <p className="govuk-body">If something else happens, or you remember more, phone {frontDoorPhone} and give your reference number, or send another report.</p>
        <p className="govuk-body">
          <Link className="govuk-link" href="/report-a-concern" onClick={onReportAnother}>
            Report another concern
          </Link>
        </p>
      </div>
    </div>
  );
}
