import { ragRatingCodes, ragRatings, referralSources, type ReferralSource, type ReferralStatus } from '@childfirst/domain/referrals';
import {
  Button,
  Checkboxes,
  Link,
  LoadingStatus,
  NotificationBanner,
  PageHeading,
  ProblemNotice,
  ScrollableTable,
  Table,
  Tag,
  formatDate,
  formatDateTime,
  formatTime,
  usePageTitle,
  type TableCell,
} from '@childfirst/ui';
import { useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { ClockState, FrontDoorQueueItem, PreventionAlert, TriageQueueQuery } from '../../api/frontDoorTypes';
import { asApiError } from '../../forms/formProblems';
import { useHasCapability } from '../account/useStaffProfile';
import { clockStateTags } from './ClockTag';
import { DecisionClock } from './LiveClocks';
import { useNow } from './liveClock';
import { RagTag, preventionAlertText, referralReference } from './referralFormat';
import { useAcknowledgePreventionAlert, useTriageQueue } from './useTriageQueue';

const pages: Record<ReferralStatus, { title: string; path: string; tableLabel: string; empty: string; clockStates: ClockState[] }> = {
  'awaiting-decision': {
    title: 'Triage queue',
    path: '/',
    tableLabel: 'Referrals awaiting a decision',
    empty: 'There are no referrals awaiting a decision.',
    clockStates: ['on-time', 'at-risk', 'overdue', 'paused'],
  },
  decided: {
    title: 'Decided referrals',
    path: '/decided',
    tableLabel: 'Decided referrals',
    empty: 'No referrals have been decided yet.',
    clockStates: ['met', 'met-late'],
  },
};

const sourceCodes = Object.keys(referralSources) as ReferralSource[];

/** The filters live in the address (?rag=red&source=school&clockState=at-risk), so a filtered queue can be bookmarked and shared. */
export function queueQueryOf(searchParams: URLSearchParams, status: ReferralStatus): TriageQueueQuery {
  const valid = <Code extends string>(name: string, codes: readonly Code[]): Code[] => {
    const given = searchParams.getAll(name);
    return codes.filter((code) => given.includes(code));
  };
  return {
    status,
    rag: valid('rag', ragRatingCodes),
    source: valid('source', sourceCodes),
    clockState: valid('clockState', pages[status].clockStates),
    includeAlerts: status === 'awaiting-decision',
  };
}

type Filters = Pick<TriageQueueQuery, 'rag' | 'source' | 'clockState'>;

function isFiltered(filters: Filters): boolean {
  return filters.rag.length > 0 || filters.source.length > 0 || filters.clockState.length > 0;
}

function describeFilters(filters: Filters): string {
  return [
    ...filters.rag.map((rag) => ragRatings[rag].label),
    ...filters.source.map((source) => referralSources[source].label),
    ...filters.clockState.map((state) => clockStateTags[state].text),
  ].join(', ');
}

function FilterForm({ status, applied, onApply }: { status: ReferralStatus; applied: Filters; onApply: (filters: Filters) => void }) {
  const [selected, setSelected] = useState<Filters>(applied);
  // Back, forward or "Clear filters" change the address: the boxes follow it, without remounting
  // the form, so focus stays on the button that applied the filters.
  const appliedKey = JSON.stringify(applied);
  const [shownKey, setShownKey] = useState(appliedKey);
  if (shownKey !== appliedKey) {
    setShownKey(appliedKey);
    setSelected(applied);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(selected);
  }

  /** One group of filter checkboxes, kept in `selected` until "Apply filters". */
  function filterGroup<Field extends 'rag' | 'clockState' | 'source'>(field: Field, legend: string, items: { value: Filters[Field][number]; text: string }[]) {
    return (
      <Checkboxes<Filters[Field][number]>
        name={field}
        idPrefix={`filter-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`}
        fieldset={{ legend: { text: legend, classes: 'govuk-fieldset__legend--s' } }}
        classes="govuk-checkboxes--small"
        values={selected[field]}
        onChange={(values) => setSelected((current) => ({ ...current, [field]: values }))}
        items={items}
      />
    );
  }

  return (
    <form noValidate onSubmit={handleSubmit} aria-labelledby="queue-filter-heading" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id="queue-filter-heading">
        Filter referrals
      </h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          {filterGroup('rag', 'Priority', ragRatingCodes.map((rag) => ({ value: rag, text: ragRatings[rag].label })))}
          {filterGroup('clockState', 'Decision clock', pages[status].clockStates.map((state) => ({ value: state, text: clockStateTags[state].text })))}
        </div>
        <div className="govuk-grid-column-two-thirds">
          {filterGroup('source', 'Source', sourceCodes.map((source) => ({ value: source, text: referralSources[source].label })))}
        </div>
      </div>
      <div className="govuk-button-group">
        <Button text="Apply filters" classes="govuk-button--secondary" />
        {isFiltered(applied) && (
          <Link className="govuk-link" href={pages[status].path}>
            Clear filters
          </Link>
        )}
      </div>
    </form>
  );
}

/** "Referral received 3 June 2025 from School" when the queue has it, else its reference. */
function referralLinkText(id: string, items: readonly FrontDoorQueueItem[]): string {
  const item = items.find((candidate) => candidate.id === id);
  return item ? `Referral received ${formatDateTime(item.receivedAt)} from ${item.sourceLabel}` : `Referral ${referralReference(id)}`;
}

function PreventionAlerts({ alerts, items, canAcknowledge }: { alerts: PreventionAlert[]; items: FrontDoorQueueItem[]; canAcknowledge: boolean }) {
  const [acknowledged, setAcknowledged] = useState('');
  const [failed, setFailed] = useState<{ alertId: string; message: string } | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const acknowledge = useAcknowledgePreventionAlert({
    onAcknowledged: (alert) => {
      setFailed(null);
      setAcknowledged(`You acknowledged the alert about ${alert.childName}.`);
      // The button that was pressed has gone: focus goes to what happened instead.
      window.setTimeout(() => statusRef.current?.focus(), 0);
    },
  });

  function handleAcknowledge(alert: PreventionAlert) {
    if (acknowledge.isPending) return;
    acknowledge.mutate(alert.id, {
      onError: (error) => {
        const problem = asApiError(error).problem;
        setFailed({ alertId: alert.id, message: `The alert has not been acknowledged. ${problem.detail ?? problem.title}` });
      },
    });
  }

  return (
    <>
      {/* Kept in the page while empty, so what it then says is announced. */}
      <p className={acknowledged ? 'govuk-body' : 'govuk-visually-hidden'} role="status" tabIndex={-1} ref={statusRef}>
        {acknowledged}
      </p>
      {alerts.length > 0 && (
        <NotificationBanner titleText="Prevention alerts">
          <h3 className="govuk-notification-banner__heading">
            {alerts.length === 1 ? 'A child has been referred by more than one agency' : `${alerts.length} children have been referred by more than one agency`}
          </h3>
          <ul className="govuk-list" aria-label="Prevention alerts">
            {alerts.map((alert) => (
              <li key={alert.id} className="govuk-!-margin-bottom-4">
                <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{preventionAlertText(alert)}</p>
                <p className="govuk-body-s govuk-!-margin-bottom-1">
                  Concerns raised between {formatDate(alert.firstAt)} and {formatDate(alert.lastAt)}.
                </p>
                {alert.referralIds.length > 0 && (
                  <ul className="govuk-list govuk-body-s govuk-!-margin-bottom-2">
                    {alert.referralIds.map((id) => (
                      <li key={id}>
                        <Link className="govuk-notification-banner__link" href={`/referrals/${encodeURIComponent(id)}`}>
                          {referralLinkText(id, items)}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
                {failed?.alertId === alert.id && (
                  <p className="govuk-error-message" role="alert">
                    <span className="govuk-visually-hidden">Error:</span> {failed.message}
                  </p>
                )}
                {canAcknowledge && (
                  <Button type="button" classes="govuk-button--secondary govuk-!-margin-bottom-0" disabled={acknowledge.isPending} onClick={() => handleAcknowledge(alert)}>
                    Acknowledge<span className="govuk-visually-hidden"> the alert about {alert.childName}</span>
                  </Button>
                )}
              </li>
            ))}
          </ul>
          <LoadingStatus text={acknowledge.isPending ? 'Acknowledging the alert' : ''} visuallyHidden />
        </NotificationBanner>
      )}
    </>
  );
}

function requestsCell(item: FrontDoorQueueItem): TableCell {
  if (item.openRequests === 0 && item.overdueRequests === 0) return { text: 'None' };
  return {
    html: (
      <>
        <span className="govuk-!-display-block">{item.openRequests} open</span>
        {item.overdueRequests > 0 && <Tag text={`${item.overdueRequests} overdue`} classes="govuk-tag--red" />}
      </>
    ),
  };
}

function queueRow(item: FrontDoorQueueItem, now: number): TableCell[] {
  return [
    { text: formatDateTime(item.receivedAt) },
    {
      html: (
        <>
          <Link className="govuk-link" href={`/referrals/${encodeURIComponent(item.id)}`}>
            {item.familyName ?? 'Family not yet identified'}
            <span className="govuk-visually-hidden">, referral received {formatDateTime(item.receivedAt)}</span>
          </Link>
          <span className="govuk-!-display-block govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0 childfirst-preserve-lines">{item.summary}</span>
        </>
      ),
    },
    { text: item.sourceLabel },
    { text: item.concerns.length > 0 ? item.concerns.map((concern) => concern.label).join(', ') : 'None recorded' },
    {
      html: (
        <>
          <RagTag rag={item.rag} />
          {item.reReferral && (
            <span className="govuk-!-display-block govuk-!-margin-top-1">
              <Tag text="Re-referral" classes="govuk-tag--purple" />
            </span>
          )}
        </>
      ),
    },
    { text: String(item.unmatchedSubjects), format: 'numeric' },
    requestsCell(item),
    { text: item.assignedTo ?? 'No one' },
    { html: <DecisionClock times={item} now={now} /> },
  ];
}

export function TriageQueuePage({ status }: { status: ReferralStatus }) {
  const page = pages[status];
  usePageTitle(page.title);
  const [searchParams, setSearchParams] = useSearchParams();
  const query = queueQueryOf(searchParams, status);
  const queue = useTriageQueue(query);
  const canDecide = useHasCapability('referral:triage:decide') === true;
  const now = useNow();

  function handleApply(filters: Filters) {
    const next = new URLSearchParams();
    filters.rag.forEach((rag) => next.append('rag', rag));
    filters.source.forEach((source) => next.append('source', source));
    filters.clockState.forEach((state) => next.append('clockState', state));
    // Focus stays on the button; the count below is announced when the list arrives.
    setSearchParams(next);
  }

  const items = queue.data?.items ?? [];
  const filtered = isFiltered(query);
  const listStatus = queue.isFetching && queue.isPlaceholderData ? 'Loading referrals' : queue.data ? `${items.length === 1 ? '1 referral' : `${items.length} referrals`}${filtered ? ` filtered by ${describeFilters(query)}` : ''}` : '';

  return (
    <>
      <PageHeading classes="govuk-heading-l">{page.title}</PageHeading>
      {status === 'awaiting-decision' && (
        <p className="govuk-body">Referrals are listed by when the decision is due: one working day after they are received.</p>
      )}
      {queue.data && status === 'awaiting-decision' && <PreventionAlerts alerts={queue.data.alerts} items={items} canAcknowledge={canDecide} />}
      <FilterForm status={status} applied={query} onApply={handleApply} />
      <p className="govuk-body govuk-!-font-weight-bold" role="status" aria-live="polite">
        {listStatus}
      </p>
      {queue.isPending && <LoadingStatus text="Loading referrals" />}
      {queue.isError && <ProblemNotice error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.data && items.length === 0 && <p className="govuk-body">{filtered ? 'No referrals match the filters.' : page.empty}</p>}
      {items.length > 0 && (
        <>
          <ScrollableTable label={page.tableLabel}>
            <Table
              caption={`${page.tableLabel} (${items.length})`}
              captionClasses="govuk-table__caption--m"
              head={[
                { text: 'Received' },
                { text: 'Child or family' },
                { text: 'Source' },
                { text: 'Concerns' },
                { text: 'Priority' },
                { text: 'Children not matched', format: 'numeric' },
                { text: 'Agency requests' },
                { text: 'Assigned to' },
                { text: status === 'awaiting-decision' ? 'Decision due' : 'Decision clock' },
              ]}
              rows={items.map((item) => queueRow(item, now))}
              rowKeys={items.map((item) => item.id)}
            />
          </ScrollableTable>
          {status === 'awaiting-decision' && queue.dataUpdatedAt > 0 && (
            <p className="govuk-body-s">
              Updated at {formatTime(new Date(queue.dataUpdatedAt))}. The list refreshes every minute and the decision clocks every 30 seconds.
            </p>
          )}
        </>
      )}
    </>
  );
}
