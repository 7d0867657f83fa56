import { Link, LoadingStatus, PageHeading, SummaryList, Tag, type SummaryListRow } from '@childfirst/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/i18n';
import type { FamilyHome, FamilyProcess } from '@childfirst/domain/portal';
import { useFamilyApi } from '../../api/FamilyApiProvider';
import { queryKeys } from '../../api/queryKeys';
import { ProblemNotice } from '../../components/ProblemNotice';
import { useFormTitle } from '../../components/forms';
import { useFormats } from '../../i18n/formats';

type KeyWorker = NonNullable<FamilyHome['keyWorker']>;
type Appointment = FamilyHome['appointments'][number];

/** The state's tag: its words say it, the colour only repeats them. */
const stateTagClasses: Record<FamilyProcess['state'], string> = {
  'on-track': 'govuk-tag--green',
  'due-soon': 'govuk-tag--yellow',
  overdue: 'govuk-tag--red',
  done: 'govuk-tag--grey',
};

/** "Young person" accounts are addressed as the person the processes are about. */
function forAudience(accountKind: FamilyHome['accountKind']) {
  return (key: string) => (accountKind === 'young-person' ? `${key}_youngPerson` : key);
}

function KeyWorkerCard({ keyWorker }: { keyWorker: KeyWorker }) {
  const { t } = useTranslation('home');
  const rows: SummaryListRow[] = [
    { key: { text: t('keyWorker.name') }, value: { html: <>{keyWorker.name}<br />{keyWorker.role}</> } },
    { key: { text: t('keyWorker.team') }, value: { html: <>{keyWorker.teamName}<br />{keyWorker.agencyLabel}</> } },
  ];
  if (keyWorker.phone) {
    rows.push({ key: { text: t('keyWorker.phone') }, value: { html: <a className="govuk-link" href={`tel:${keyWorker.phone.replace(/\s/g, '')}`}>{keyWorker.phone}</a> } });
  }
  if (keyWorker.email) {
    rows.push({ key: { text: t('keyWorker.email') }, value: { html: <a className="govuk-link childfirst-break-words" href={`mailto:${keyWorker.email}`}>{keyWorker.email}</a> } });
  }
  if (keyWorker.availability) rows.push({ key: { text: t('keyWorker.availability') }, value: { text: keyWorker.availability } });
  if (keyWorker.cover) {
    rows.push({
      key: { text: t('keyWorker.cover') },
      value: { text: keyWorker.cover.phone ? t('keyWorker.coverWithPhone', { name: keyWorker.cover.name, phone: keyWorker.cover.phone }) : keyWorker.cover.name },
    });
  }
  rows.push({
    key: { text: t('keyWorker.message') },
    value: {
      html: (
        <Link className="govuk-link" href="/messages/new">
          {t('keyWorker.sendMessage')}
        </Link>
      ),
    },
  });
  return <SummaryList card={{ title: { text: t('keyWorker.title'), headingLevel: 2 } }} rows={rows} />;
}

/** A bar for sighted people; its text ("Week 7 of 20") is read out, and is on the page as the stage. */
function ProgressMeter({ process }: { process: FamilyProcess }) {
  const { t } = useTranslation('home');
  const progress = process.progress;
  if (!progress || progress.total <= 0) return null;
  const current = Math.min(Math.max(progress.current, 0), progress.total);
  const percent = Math.round((current / progress.total) * 100);
  return (
    <div
      className="childfirst-progress"
      role="meter"
      aria-label={t('process.progressLabel')}
      aria-valuemin={0}
      aria-valuemax={progress.total}
      aria-valuenow={current}
      aria-valuetext={t(`process.progress.${progress.unit === 'working day' ? 'workingDay' : progress.unit}`, { count: progress.total, current })}
    >
      <div className="childfirst-progress__bar" style={{ width: `${percent}%` }} />
    </div>
  );
}

function ProcessCard({ process }: { process: FamilyProcess }) {
  const { t } = useTranslation('home');
  const formats = useFormats();
  const rows: SummaryListRow[] = [
    {
      key: { text: t('process.stage') },
      value: {
        html: (
          <>
            <p className="govuk-body govuk-!-margin-bottom-1">{process.stage}</p>
            <ProgressMeter process={process} />
          </>
        ),
      },
    },
    {
      key: { text: t('process.nextStep') },
      value: {
        html: (
          <>
            <p className="govuk-body govuk-!-margin-bottom-0">{process.nextStep}</p>
            {process.dueOn && (
              <p className="govuk-body govuk-!-margin-bottom-0">
                {t('process.by', { date: formats.date(`${process.dueOn}T12:00:00Z`, { weekday: true }) })}
              </p>
            )}
          </>
        ),
      },
    },
    { key: { text: t('process.status') }, value: { html: <Tag classes={stateTagClasses[process.state]} text={t(`process.state.${process.state}`)} /> } },
  ];
  return <SummaryList card={{ title: { text: process.title, headingLevel: 3 } }} rows={rows} />;
}

function AppointmentItem({ appointment }: { appointment: Appointment }) {
  const { t } = useTranslation('home');
  const formats = useFormats();
  return (
    <li className="childfirst-appointment">
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{appointment.title}</h3>
      <p className="govuk-body govuk-!-margin-bottom-1">
        <time dateTime={appointment.startsAt}>{formats.dateTime(appointment.startsAt, { weekday: true })}</time>
        {appointment.endsAt && <> {t('appointments.until', { time: formats.time(appointment.endsAt) })}</>}
      </p>
      {appointment.location && <p className="govuk-body govuk-!-margin-bottom-1">{t('appointments.where', { location: appointment.location })}</p>}
      {appointment.withName && <p className="govuk-body govuk-!-margin-bottom-1">{t('appointments.with', { name: appointment.withName })}</p>}
    </li>
  );
}

function Home({ home }: { home: FamilyHome }) {
  const { t } = useTranslation('home');
  const audience = forAudience(home.accountKind);
  return (
    <>
      <PageHeading classes="govuk-heading-l" caption={t('caption', { familyName: home.familyName })}>
        {t(audience('title'))}
      </PageHeading>
      <p className="govuk-body-l">{t(audience('intro'))}</p>

      <p className="govuk-body">
        <Link className="govuk-link govuk-!-font-weight-bold" href="/messages">
          {home.unreadMessages > 0 ? t('unread', { count: home.unreadMessages }) : t('noUnread')}
        </Link>
      </p>

      {home.keyWorker ? (
        <KeyWorkerCard keyWorker={home.keyWorker} />
      ) : (
        <>
          <h2 className="govuk-heading-m">{t('keyWorker.title')}</h2>
          <p className="govuk-body">{t('keyWorker.none')}</p>
        </>
      )}

      <h2 className="govuk-heading-m">{t('now.title')}</h2>
      {home.processes.length === 0 ? (
        <p className="govuk-body">{t(audience('now.none'))}</p>
      ) : (
        home.processes.map((process) => <ProcessCard key={process.id} process={process} />)
      )}

      <h2 className="govuk-heading-m">{t('appointments.title')}</h2>
      {home.appointments.length === 0 ? (
        <p className="govuk-body">{t('appointments.none')}</p>
      ) : (
        <ul className="govuk-list">
          {home.appointments.map((appointment) => (
            <AppointmentItem key={appointment.id} appointment={appointment} />
          ))}
        </ul>
      )}

      <p className="govuk-body">{t('danger')}</p>
    </>
  );
}

/** "Where are we and what happens next": the key worker, each process with its next step and date, appointments, messages. */
export function HomePage() {
  const api = useFamilyApi();
  const { t } = useTranslation('home');
  const home = useQuery({ queryKey: queryKeys.home, queryFn: () => api.getHome() });
  useFormTitle(t('pageTitle'));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        {home.isPending && <LoadingStatus text={t('loading')} />}
        {home.isError && (
          <>
            <PageHeading classes="govuk-heading-l">{t('pageTitle')}</PageHeading>
            <ProblemNotice error={home.error} onRetry={() => void home.refetch()} />
          </>
        )}
        {home.data && <Home home={home.data} />}
      </div>
    </div>
  );
}
