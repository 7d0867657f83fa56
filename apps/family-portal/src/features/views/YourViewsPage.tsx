import { viewSubmissionSchema, viewTopics, type ViewSubmission, type ViewTopic } from '@childfirst/domain/portal';
import {
  ApiError,
  Button,
  LoadingStatus,
  NotificationBanner,
  PageHeading,
  Radios,
  SummaryList,
  errorSummaryItems,
  fieldErrorsFromIssues,
  hasFieldErrors,
  type FieldErrors,
} from '@childfirst/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/i18n';
import type { FamilyView, FamilyViewList } from '../../api/familyApi';
import { useFamilyApi } from '../../api/FamilyApiProvider';
import { queryKeys } from '../../api/queryKeys';
import { CharacterCount } from '../../components/CharacterCount';
import { ProblemNotice } from '../../components/ProblemNotice';
import { FormErrorSummary, useErrorOf, useFormTitle } from '../../components/forms';
import { useFormats } from '../../i18n/formats';
import { useMessageText } from '../../i18n/useMessageText';
import { useFamilyMe } from '../account/useFamilyMe';

type Speaker = ViewSubmission['speaker'];
/** "Not about one child in particular": sent as no child. */
const WHOLE_FAMILY = 'family';
const TEXT_MAX_LENGTH = 5000;
const topicCodes = Object.keys(viewTopics) as ViewTopic[];
const fields = [{ name: 'speaker' }, { name: 'aboutPersonId' }, { name: 'topic' }, { name: 'text' }];

interface ViewFormValues {
  speaker: Speaker | '';
  about: string;
  topic: ViewTopic | '';
  text: string;
}

function ViewForm({ familyChildren, youngPerson, onSent }: { familyChildren: FamilyViewList['children']; youngPerson: boolean; onSent: (view: FamilyView) => void }) {
  const api = useFamilyApi();
  const { t } = useTranslation('views');
  const { text, errors: translated } = useMessageText();
  // A young person gives their own views: they are the child speaking.
  const [values, setValues] = useState<ViewFormValues>({ speaker: youngPerson ? 'child' : '', about: '', topic: '', text: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [sending, setSending] = useState(false);
  const sendingNow = useRef(false);
  const shown = translated(errors);
  const errorOf = useErrorOf(shown);
  const showsErrors = hasFieldErrors(errors) || problem !== null;
  useFormTitle(t(youngPerson ? 'title_youngPerson' : 'title'), showsErrors);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sendingNow.current) return;
    const result = viewSubmissionSchema.safeParse({
      speaker: values.speaker || undefined,
      aboutPersonId: values.about && values.about !== WHOLE_FAMILY ? values.about : undefined,
      topic: values.topic || undefined,
      text: values.text,
    });
    setAttempt((count) => count + 1);
    if (!result.success) {
      setErrors(fieldErrorsFromIssues(result.error.issues));
      setProblem(null);
      return;
    }
    setErrors({});
    setProblem(null);
    sendingNow.current = true;
    setSending(true);
    try {
      onSent(await api.addView(result.data));
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError({ status: 500, title: 'Sorry, there is a problem with the service. Try again later' });
      if (apiError.hasFieldErrors) setErrors(apiError.fieldErrors);
      else setProblem(apiError);
      setAttempt((count) => count + 1);
    } finally {
      sendingNow.current = false;
      setSending(false);
    }
  }

  const change = <Field extends keyof ViewFormValues>(field: Field, value: ViewFormValues[Field]) => setValues((current) => ({ ...current, [field]: value }));
  return (
    <>
      {showsErrors && (
        <FormErrorSummary
          key={attempt}
          title={problem ? text(problem.problem.title) : undefined}
          description={problem ? t('common:errors.notSent') : undefined}
          items={errorSummaryItems(shown, fields)}
        />
      )}
      <PageHeading classes="govuk-heading-l">{t(youngPerson ? 'title_youngPerson' : 'title')}</PageHeading>
      <p className="govuk-body">{t(youngPerson ? 'intro_youngPerson' : 'intro')}</p>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        {!youngPerson && (
          <Radios<Speaker>
            name="speaker"
            fieldset={{ legend: { text: t('speaker.legend'), classes: 'govuk-fieldset__legend--m' } }}
            value={values.speaker}
            errorMessage={errorOf('speaker')}
            onChange={(speaker) => change('speaker', speaker)}
            items={[
              { value: 'parent', text: t('speaker.parent') },
              { value: 'child', text: t('speaker.child'), hint: { text: t('speaker.childHint') } },
            ]}
          />
        )}
        {!youngPerson && familyChildren.length > 0 && (
          <Radios
            name="aboutPersonId"
            fieldset={{ legend: { text: t('about.legend'), classes: 'govuk-fieldset__legend--m' } }}
            hint={{ text: t('about.hint') }}
            value={values.about}
            errorMessage={errorOf('aboutPersonId')}
            onChange={(about) => change('about', about)}
            items={[...familyChildren.map((child) => ({ value: child.personId, text: child.name })), { value: WHOLE_FAMILY, text: t('about.family') }]}
          />
        )}
        <Radios<ViewTopic>
          name="topic"
          fieldset={{ legend: { text: t('topic.legend'), classes: 'govuk-fieldset__legend--m' } }}
          value={values.topic}
          errorMessage={errorOf('topic')}
          onChange={(topic) => change('topic', topic)}
          items={topicCodes.map((topic) => ({ value: topic, text: t(`topic.${topic}`) }))}
        />
        <CharacterCount
          name="text"
          rows={8}
          maxLength={TEXT_MAX_LENGTH}
          label={{ text: t(youngPerson ? 'text.label_youngPerson' : 'text.label'), classes: 'govuk-label--m' }}
          hint={{ text: t('text.hint') }}
          value={values.text}
          errorMessage={errorOf('text')}
          onChange={(value) => change('text', value)}
        />
        <Button disabled={sending} text={sending ? t('common:actions.sending') : t('submit')} />
        <LoadingStatus text={sending ? t('sending') : ''} visuallyHidden />
      </form>
    </>
  );
}

function ViewsGiven({ views }: { views: FamilyView[] }) {
  const { t } = useTranslation('views');
  const formats = useFormats();
  if (views.length === 0) return <p className="govuk-body">{t('list.none')}</p>;
  return (
    <>
      {views.map((view) => (
        <SummaryList
          key={view.id}
          card={{ title: { text: view.topicLabel, headingLevel: 3 } }}
          rows={[
            { key: { text: t('list.whose') }, value: { text: view.aboutName ? t(`list.speaker.${view.speaker}About`, { name: view.aboutName }) : t(`list.speaker.${view.speaker}`) } },
            { key: { text: t('list.views') }, value: { html: <p className="govuk-body childfirst-preserve-lines govuk-!-margin-bottom-0">{view.text}</p> } },
            { key: { text: t('list.given') }, value: { text: t('list.givenBy', { when: formats.dateTime(view.recordedAt), name: view.recordedBy }) } },
          ]}
        />
      ))}
    </>
  );
}

/** Your views: what the child or young person and the parents think, for assessments, plans and reviews. */
export function YourViewsPage() {
  const api = useFamilyApi();
  const queryClient = useQueryClient();
  const { t } = useTranslation('views');
  const me = useFamilyMe();
  const views = useQuery({ queryKey: queryKeys.views, queryFn: () => api.listViews() });
  const [sent, setSent] = useState(0);
  const youngPerson = me.data?.accountKind === 'young-person';

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {sent > 0 && <NotificationBanner key={`banner-${sent}`} type="success" titleText={t('sent.title')} text={t('sent.text')} />}
        {views.isPending && <LoadingStatus text={t('list.loading')} />}
        {views.isError && <ProblemNotice error={views.error} onRetry={() => void views.refetch()} />}
        {views.data && (
          <>
            <ViewForm
              key={`form-${sent}`}
              familyChildren={views.data.children}
              youngPerson={youngPerson}
              onSent={(view) => {
                queryClient.setQueryData<FamilyViewList>(queryKeys.views, (current) => (current ? { ...current, items: [view, ...current.items] } : current));
                void queryClient.invalidateQueries({ queryKey: queryKeys.views });
                setSent((count) => count + 1);
              }}
            />
            <h2 className="govuk-heading-m govuk-!-margin-top-6">{t(youngPerson ? 'list.heading_youngPerson' : 'list.heading')}</h2>
            <ViewsGiven views={views.data.items} />
          </>
        )}
      </div>
    </div>
  );
}
