import { Link, Panel, focusMainHeading } from '@childfirst/ui';
import { useEffect } from 'react';
import type { PublicConcernReceipt } from '../../api/publicApi';
import { useFormTitle } from '../../components/forms';
import { useFormats } from '../../i18n/formats';
import { useTranslation } from '../../i18n/i18n';
import { useMessageText } from '../../i18n/useMessageText';

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
  const { t } = useTranslation('concern');
  const { text } = useMessageText();
  const formats = useFormats();
  useFormTitle(t('received.title'));
  useEffect(() => {
    focusMainHeading();
  }, []);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel
          titleText={t('received.title')}
          html={
            <>
              {t('received.reference')}
              <br />
              <strong>{receipt.reference}</strong>
            </>
          }
        />
        <p className="govuk-body">{t('received.on', { when: formats.dateTime(receipt.receivedAt) })}</p>
        {/* The API's own words: in Welsh when they are known (validation.json), as sent otherwise. */}
        {receipt.message && <p className="govuk-body">{text(receipt.message)}</p>}
        <p className="govuk-body">{t('received.writeDown')}</p>

        <h2 className="govuk-heading-m">{t('received.next')}</h2>
        <p className="govuk-body">{t('received.frontDoor')}</p>
        <p className="govuk-body">{anonymous ? t('received.anonymous') : t('received.named')}</p>
        <p className="govuk-body">{t('received.privacy')}</p>

        <h2 className="govuk-heading-m">{t('received.stillWorried')}</h2>
        <p className="govuk-body">{t('received.danger')}</p>
        <p className="govuk-body">{t('received.more', { phone: frontDoorPhone })}</p>
        <p className="govuk-body">
          <Link className="govuk-link" href="/report-a-concern" onClick={onReportAnother}>
            {t('received.another')}
          </Link>
        </p>
      </div>
    </div>
  );
}
