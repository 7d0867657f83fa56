import { BackLink, PageHeading, ScrollableTable, Table, formatDateTime, usePageTitle } from '@childfirst/ui';
import { useParams } from 'react-router';
import type { RecordViewer } from '../../api/peopleTypes';
import { LoadingPage } from '../../app/LoadingPage';
import { RecordProblem } from '../account/RecordProblem';
import { useHasCapability } from '../account/useStaffProfile';
import { useRecordViewers } from './usePerson';

const title = 'Who has viewed this record';

function Viewers({ viewers }: { viewers: RecordViewer[] }) {
  usePageTitle(title);
  return (
    <>
      <PageHeading classes="govuk-heading-l">{title}</PageHeading>
      <p className="govuk-body">Every time someone opens the record it is recorded, with the reason they gave or the relationship that let them see it.</p>
      {viewers.length === 0 ? (
        <p className="govuk-body">No one has viewed this record yet.</p>
      ) : (
        <ScrollableTable label="Views of this record">
          <Table
            caption={`Views of this record (${viewers.length})`}
            captionClasses="govuk-table__caption--m"
            head={[{ text: 'Who' }, { text: 'When' }, { text: 'Purpose' }]}
            rows={viewers.map((view) => [{ text: view.actorName }, { text: formatDateTime(view.occurredAt) }, { text: view.purpose }])}
          />
        </ScrollableTable>
      )}
    </>
  );
}

/** From the audit trail: who opened the record, when and why (the DPO can show a family the same). */
export function PersonViewersPage() {
  const { personId = '' } = useParams();
  const viewers = useRecordViewers(personId);
  // Admins may see who viewed a record, not the record itself: their way back is to administration.
  const canSeeRecord = useHasCapability('record:view') !== false;
  if (viewers.isError) return <RecordProblem error={viewers.error} what="who has viewed this record" onRetry={() => void viewers.refetch()} />;
  return (
    <>
      {canSeeRecord ? <BackLink href={`/people/${encodeURIComponent(personId)}`} text="Back to the record" /> : <BackLink href="/" text="Back to administration" />}
      {viewers.data ? <Viewers viewers={viewers.data} /> : <LoadingPage title={title} text="Loading who has viewed this record" />}
    </>
  );
}
