import { Link, LoadingStatus, PageHeading, ProblemNotice, ScrollableTable, Table, Tag, usePageTitle, type TableCell } from '@childfirst/ui';
import type { CaseloadItem } from '../../api/casesTypes';
import { StatusTags } from '../people/StatusTags';
import { useCaseload } from './useCase';

const myRoleLabels: Record<CaseloadItem['myRole'], string> = {
  'key-worker': 'Key worker',
  'team-member': 'Team around the family',
};

function caseloadRow(item: CaseloadItem): TableCell[] {
  return [
    {
      html: (
        <>
          <Link className="govuk-link" href={`/cases/${encodeURIComponent(item.caseId)}`}>
            {item.familyName} family<span className="govuk-visually-hidden">, case {item.reference}</span>
          </Link>
          {/* On their key worker cases: what the family sent that nobody on the staff side has read. */}
          {item.unreadFromFamily ? (
            <>
              {' '}
              <Tag text={`${item.unreadFromFamily} new from the family`} classes="govuk-tag--blue" />
            </>
          ) : null}
        </>
      ),
    },
    { text: item.reference },
    { text: String(item.childrenCount), format: 'numeric' },
    { html: <StatusTags statuses={item.statuses} /> },
    { text: myRoleLabels[item.myRole] },
  ];
}

function families(count: number) {
  return count === 1 ? '1 family' : `${count} families`;
}

function caseloadSummary(asKeyWorker: number, inTeam: number): string {
  const parts = [asKeyWorker > 0 && `key worker for ${families(asKeyWorker)}`, inTeam > 0 && `in the team around ${families(inTeam)}`].filter(Boolean);
  return `You are ${parts.join(' and ')}.`;
}

/** The signed-in practitioner's cases: those they are key worker for first, then those they support. */
export function CaseloadPage() {
  usePageTitle('My caseload');
  const caseload = useCaseload();
  const items = caseload.data ? [...caseload.data].sort((one, other) => Number(one.myRole !== 'key-worker') - Number(other.myRole !== 'key-worker')) : [];
  const keyWorkerCount = items.filter((item) => item.myRole === 'key-worker').length;

  return (
    <>
      <PageHeading classes="govuk-heading-l">My caseload</PageHeading>
      <p className="govuk-body">
        Worried about a child?{' '}
        <Link className="govuk-link" href="/referrals/new">
          Make a referral to the front door
        </Link>
        .
      </p>
      {caseload.isPending && <LoadingStatus text="Loading your caseload" />}
      {caseload.isError && <ProblemNotice error={caseload.error} onRetry={() => void caseload.refetch()} />}
      {caseload.data && items.length === 0 && <p className="govuk-body">You are not working with any families yet.</p>}
      {items.length > 0 && (
        <>
          <p className="govuk-body">{caseloadSummary(keyWorkerCount, items.length - keyWorkerCount)}</p>
          <ScrollableTable label="My cases">
            <Table
              caption={`My cases (${items.length})`}
              captionClasses="govuk-table__caption--m"
              head={[{ text: 'Family' }, { text: 'Reference' }, { text: 'Children', format: 'numeric' }, { text: 'Statuses' }, { text: 'My role' }]}
              rows={items.map(caseloadRow)}
              rowKeys={items.map((item) => item.caseId)}
            />
          </ScrollableTable>
        </>
      )}
    </>
  );
}
