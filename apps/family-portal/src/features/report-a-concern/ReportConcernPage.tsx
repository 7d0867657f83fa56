import { useMemo, useState } from 'react';
import { createPublicApi, type PublicConcernReceipt } from '../../api/publicApi';
import { useTranslation } from '../../i18n/i18n';
import { ConcernReceived } from './ConcernReceived';
import { ReportConcernForm } from './ReportConcernForm';

export interface ReportConcernPageProps {
  apiUrl: string;
  frontDoorPhone: string;
  /** For tests; the browser's fetch otherwise. */
  fetch?: typeof fetch;
  /** Today in UK time (YYYY-MM-DD); tests fix it. */
  today?: () => string;
}

/**
 * "Report a concern about a child", for anyone, without an account: it is rendered outside the
 * sign-in (App.tsx), and talks to the API's public surface without a token. In English or Welsh:
 * the page waits (Suspense, "Loading") for its text, the "concern" area.
 */
export function ReportConcernPage({ apiUrl, frontDoorPhone, fetch, today }: ReportConcernPageProps) {
  useTranslation('concern');
  const api = useMemo(() => createPublicApi({ baseUrl: apiUrl, fetch }), [apiUrl, fetch]);
  const [sent, setSent] = useState<{ receipt: PublicConcernReceipt; anonymous: boolean } | null>(null);
  if (sent) {
    // The form was unmounted, so another report is a new form, with a new idempotency key.
    return <ConcernReceived receipt={sent.receipt} anonymous={sent.anonymous} frontDoorPhone={frontDoorPhone} onReportAnother={() => setSent(null)} />;
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ReportConcernForm
          api={api}
          frontDoorPhone={frontDoorPhone}
          today={today}
          onSent={(receipt, concern) => setSent({ receipt, anonymous: concern.anonymous })}
        />
      </div>
    </div>
  );
}
