import { concernLevels } from '@childfirst/domain/referrals';
import { sensitivities } from '@childfirst/domain/cases';
import { Link, LoadingStatus, ProblemNotice, SummaryList, Tag, formatDateTime, type SummaryListRow } from '@childfirst/ui';
import type { FrontDoorReferral, InformationRequestView } from '../../api/frontDoorTypes';
import { useChronology } from '../cases/useCase';
import { labelOf } from '../people/personFormat';
import { RequestClock } from './LiveClocks';

const noFilters = { agency: [], eventType: [] };
/** The chronology beside the answers is a summary: the newest entries, the rest on the case. */
const chronologyEntriesShown = 15;

function labelIn(list: Readonly<Record<string, { label: string }>>, code: string): string {
  return list[code]?.label ?? code;
}

function requestRows(request: InformationRequestView, now: number): SummaryListRow[] {
  const rows: SummaryListRow[] = [
    { key: { text: 'Question' }, value: { html: <span className="childfirst-preserve-lines">{request.question}</span> } },
    { key: { text: 'Asked' }, value: { text: `${formatDateTime(request.requestedAt)} by ${request.requestedBy}` } },
    { key: { text: 'Answer due' }, value: { html: <RequestClock request={request} now={now} answeredAt={request.answeredAt} /> } },
  ];
  const response = request.response;
  if (!response) {
    rows.push({ key: { text: 'Answer' }, value: { text: request.status === 'cancelled' ? 'Cancelled: no answer is needed' : 'Not answered yet' } });
    return rows;
  }
  rows.push(
    { key: { text: 'Answer' }, value: { html: <span className="childfirst-preserve-lines">{response.summary}</span> } },
    { key: { text: 'Known to the agency' }, value: { text: response.knownToAgency ? 'Yes' : 'No' } },
    { key: { text: 'Concerns held' }, value: { text: labelIn(concernLevels, response.concernsHeld) } },
    { key: { text: 'Who can read it' }, value: { text: labelIn(sensitivities, response.sensitivity) } },
  );
  if (request.answeredBy) rows.push({ key: { text: 'Answered by' }, value: { text: request.answeredBy } });
  return rows;
}

function AgencyResponses({ requests, now }: { requests: InformationRequestView[]; now: number }) {
  if (requests.length === 0) return <p className="govuk-body">No agencies have been asked for information yet.</p>;
  const answered = requests.filter((request) => request.response !== null).length;
  return (
    <>
      <p className="govuk-body">
        {answered} of {requests.length} {requests.length === 1 ? 'agency has' : 'agencies have'} answered.
      </p>
      {requests.map((request) => (
        <SummaryList key={request.id} card={{ title: { text: request.agencyLabel, headingLevel: 4 } }} rows={requestRows(request, now)} />
      ))}
    </>
  );
}

function FamilyChronology({ caseId }: { caseId: string }) {
  const chronology = useChronology(caseId, noFilters);
  if (chronology.isPending) return <LoadingStatus text="Loading the family’s chronology" />;
  if (chronology.isError) return <ProblemNotice error={chronology.error} onRetry={() => void chronology.refetch()} headingLevel={3} />;
  const entries = [...chronology.data.items].sort((one, other) => other.occurredAt.localeCompare(one.occurredAt));
  const shown = entries.slice(0, chronologyEntriesShown);
  return (
    <>
      {entries.length === 0 ? (
        <p className="govuk-body">Nothing has been recorded in the family’s chronology yet.</p>
      ) : (
        <ol className="childfirst-chronology" aria-label="Family chronology, newest first">
          {shown.map((entry) => (
            <li key={entry.id} className="childfirst-chronology__entry">
              <div className="childfirst-chronology__meta">
                <span className="govuk-body-s govuk-!-margin-bottom-0">{formatDateTime(entry.occurredAt)}</span>
                <Tag text={labelOf(entry.agencyLabel, entry.agency)} classes="govuk-tag--grey" />
              </div>
              <h4 className="govuk-heading-s govuk-!-margin-bottom-1">
                {labelOf(entry.eventLabel, entry.eventType)}
                {entry.personName && <span className="govuk-!-font-weight-regular"> – {entry.personName}</span>}
              </h4>
              <p className="govuk-body govuk-!-margin-bottom-0 childfirst-preserve-lines">{entry.summary}</p>
            </li>
          ))}
        </ol>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" href={`/cases/${encodeURIComponent(caseId)}`}>
          {entries.length > shown.length ? `See all ${entries.length} entries on the family’s case` : 'Open the family’s case'}
        </Link>
      </p>
    </>
  );
}

/**
 * What the agencies answered, beside what is already known about the family: two columns on wide
 * screens, one after the other on narrow ones (the GOV.UK grid stacks below tablet width).
 */
export function AgencyInformation({ referral, now }: { referral: FrontDoorReferral; now: number }) {
  return (
    <section aria-labelledby="agency-information-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id="agency-information-heading">
        Information from agencies
      </h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <h3 className="govuk-heading-m">Agency answers</h3>
          <AgencyResponses requests={referral.informationRequests} now={now} />
        </div>
        <div className="govuk-grid-column-one-half">
          <h3 className="govuk-heading-m">Family chronology</h3>
          {referral.caseId ? (
            <FamilyChronology caseId={referral.caseId} />
          ) : (
            <p className="govuk-body">The family does not have a case yet, so there is no chronology to show. Matching the children to their records may find one.</p>
          )}
        </div>
      </div>
    </section>
  );
}
