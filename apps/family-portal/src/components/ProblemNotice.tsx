import { ApiError, Button, titleForStatus } from '@childfirst/ui';
import { useTranslation } from '../i18n/i18n';
import { useMessageText } from '../i18n/useMessageText';

export interface ProblemNoticeProps {
  error: unknown;
  /** Offers "Try again" when given. */
  onRetry?: () => void;
}

/** Says what went wrong loading something, in the API's words (translated when known), and offers a retry. */
export function ProblemNotice({ error, onRetry }: ProblemNoticeProps) {
  const { t } = useTranslation();
  const { text } = useMessageText();
  const title = error instanceof ApiError ? error.problem.title : titleForStatus(500);
  const detail = error instanceof ApiError ? error.problem.detail : undefined;
  return (
    <div role="alert" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m">{text(title)}</h2>
      {detail && <p className="govuk-body">{text(detail)}</p>}
      {onRetry && <Button type="button" classes="govuk-button--secondary" text={t('actions.tryAgain')} onClick={onRetry} />}
    </div>
  );
}
