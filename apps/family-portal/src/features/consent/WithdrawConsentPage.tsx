import { ApiError, BackLink, Button, Link, LoadingStatus, PageHeading, SummaryList, WarningText } from '@childfirst/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/i18n';
import { useNavigate, useParams } from '../../app/router';
import { useFamilyApi } from '../../api/FamilyApiProvider';
import { queryKeys } from '../../api/queryKeys';
import { FormErrorSummary, useFormTitle } from '../../components/forms';
import { ProblemNotice } from '../../components/ProblemNotice';
import { useMessageText } from '../../i18n/useMessageText';
import type { ConsentWithdrawnState } from './ConsentPage';
import { useConsents } from './useConsents';

/**
 * "Are you sure?" before withdrawing consent: it takes effect at once, so the page says what it
 * means (that agency's staff lose access straight away) before the person confirms.
 */
export function WithdrawConsentPage() {
  const { consentId = '' } = useParams();
  const api = useFamilyApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { t } = useTranslation('consent');
  const { text } = useMessageText();
  const consents = useConsents();
  const consent = consents.data?.find((candidate) => candidate.id === consentId);
  const withdraw = useMutation({
    mutationFn: () => api.withdrawConsent(consentId),
    onSuccess: (updated) => {
      queryClient.setQueryData(queryKeys.consents, updated);
      if (consent) {
        const state: ConsentWithdrawnState = { withdrawn: { agencyLabel: consent.agencyLabel, purposeLabel: consent.purposeLabel } };
        void navigate('/consent', { state });
      }
    },
  });
  useFormTitle(t('withdraw.title'), withdraw.isError);

  const problem = withdraw.error instanceof ApiError ? withdraw.error : withdraw.isError ? new ApiError({ status: 500, title: 'Sorry, there is a problem with the service. Try again later' }) : null;
  return (
    <>
      <BackLink href="/consent" text={t('common:actions.back')} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {problem && <FormErrorSummary key={withdraw.submittedAt} title={text(problem.problem.title)} description={t('withdraw.notWithdrawn')} items={[]} />}
          {consents.isPending && <LoadingStatus text={t('loading')} />}
          {consents.isError && <ProblemNotice error={consents.error} onRetry={() => void consents.refetch()} />}
          {consents.data && !consent && (
            <>
              <PageHeading classes="govuk-heading-l">{t('withdraw.notFoundTitle')}</PageHeading>
              <p className="govuk-body">
                <Link className="govuk-link" href="/consent">
                  {t('withdraw.backToConsent')}
                </Link>
              </p>
            </>
          )}
          {consent && (
            <>
              <PageHeading classes="govuk-heading-l">{t('withdraw.title')}</PageHeading>
              <SummaryList
                rows={[
                  { key: { text: t('table.agency') }, value: { text: consent.agencyLabel } },
                  { key: { text: t('table.purpose') }, value: { text: consent.purposeLabel } },
                ]}
              />
              {consent.withdrawnAt ? (
                <p className="govuk-body">{t('withdraw.already')}</p>
              ) : (
                <>
                  <WarningText iconFallbackText={t('withdraw.warning')}>{t('withdraw.atOnce', { agency: consent.agencyLabel })}</WarningText>
                  <p className="govuk-body">{t('withdraw.lawAllows')}</p>
                  <p className="govuk-body">{t('withdraw.giveAgain')}</p>
                  <div className="govuk-button-group">
                    <Button
                      type="button"
                      classes="govuk-button--warning"
                      disabled={withdraw.isPending}
                      text={withdraw.isPending ? t('withdraw.withdrawing') : t('withdraw.confirm')}
                      onClick={() => withdraw.mutate()}
                    />
                    <Link className="govuk-link" href="/consent">
                      {t('common:actions.cancel')}
                    </Link>
                  </div>
                  <LoadingStatus text={withdraw.isPending ? t('withdraw.withdrawing') : ''} visuallyHidden />
                </>
              )}
            </>
          )}
        </div>
      </div>
    </>
  );
}
