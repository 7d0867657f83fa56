import { Genogram, Link, PageHeading, ScrollableTable, Table, usePageTitle } from '@childfirst/ui';
import { useParams } from 'react-router';
import type { FamilyRecord } from '../../api/familiesTypes';
import { LoadingPage } from '../../app/LoadingPage';
import { RecordProblem } from '../account/RecordProblem';
import { codeAsWords, formatAge, formatOptionalDate } from '../people/personFormat';
import { useFamily } from './useFamily';

function Members({ family }: { family: FamilyRecord }) {
  return (
    <ScrollableTable label="Members of the household">
      <Table
        caption={`Members of the household (${family.members.length})`}
        captionClasses="govuk-table__caption--m"
        head={[{ text: 'Name' }, { text: 'Relationship in household' }, { text: 'Date of birth' }, { text: 'Age' }]}
        rows={family.members.map((member) => [
          {
            html: (
              <Link className="govuk-link" href={`/people/${encodeURIComponent(member.personId)}`}>
                {member.name}
              </Link>
            ),
          },
          { text: codeAsWords(member.memberRole) },
          { text: formatOptionalDate(member.dateOfBirth) },
          { text: formatAge(member.age) || 'Not known' },
        ])}
        rowKeys={family.members.map((member) => member.personId)}
      />
    </ScrollableTable>
  );
}

function FamilyView({ family }: { family: FamilyRecord }) {
  usePageTitle('Family');
  return (
    <>
      <PageHeading caption={`Family ${family.reference}`} classes="govuk-heading-l">
        {family.familyName} family
      </PageHeading>
      {family.caseId ? (
        <p className="govuk-body">
          <Link className="govuk-link" href={`/cases/${encodeURIComponent(family.caseId)}`}>
            Go to the case workspace<span className="govuk-visually-hidden"> of the {family.familyName} family</span>
          </Link>
        </p>
      ) : (
        <p className="govuk-body">The family has no open case.</p>
      )}
      <Members family={family} />
      <h2 className="govuk-heading-m">Genogram</h2>
      <p className="govuk-body">Drawn from the relationships recorded for the family: the oldest generation at the top.</p>
      <Genogram
        title={`Genogram of the ${family.familyName} family`}
        people={family.members.map((member) => ({ id: member.personId, name: member.name, sex: member.sex, age: member.age }))}
        genogram={family.genogram}
        emptyText="No relationships have been recorded for this family yet."
      />
    </>
  );
}

export function FamilyPage() {
  const { familyId = '' } = useParams();
  const family = useFamily(familyId);

  if (family.isError) return <RecordProblem error={family.error} what="this family’s record" onRetry={() => void family.refetch()} />;
  if (!family.data) return <LoadingPage title="Family" text="Loading the family" />;
  return <FamilyView family={family.data} />;
}
