import { BackLink, Button, Input, LoadingStatus, PageHeading, SummaryList, usePageTitle } from '@childfirst/ui';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { Practitioner } from '../../api/casesTypes';
import type { FrontDoorReferral } from '../../api/frontDoorTypes';
import { LoadingPage } from '../../app/LoadingPage';
import { FormErrorSummary, asApiError, fieldError, useFormProblems } from '../../forms/formProblems';
import { ResultChoice } from '../../forms/ResultChoice';
import { RecordProblem } from '../account/RecordProblem';
import { useStaffProfile } from '../account/useStaffProfile';
import { usePractitionerSearch } from '../cases/useCase';
import { practitionerDescription } from '../people/personFormat';
import type { ReferralPageLocationState } from './ReferralPage';
import { referralReference } from './referralFormat';
import { useAssignReferral, useReferral } from './useReferral';

const title = 'Who is working on this referral';
const fields = [{ name: 'practitionerName' }, { name: 'practitionerId' }];

function ChangeAssigneeForm({ referral, onReload }: { referral: FrontDoorReferral; onReload: () => void }) {
  const navigate = useNavigate();
  const myPractitionerId = useStaffProfile().data?.practitionerId ?? null;
  const [nameTyped, setNameTyped] = useState('');
  const [searchedName, setSearchedName] = useState('');
  const [selected, setSelected] = useState('');
  const practitioners = usePractitionerSearch(searchedName);
  const assign = useAssignReferral(referral.id);
  const problems = useFormProblems();
  usePageTitle(title, { hasErrors: problems.showsErrors });
  const current = referral.assignedTo;
  const backTo = `/referrals/${encodeURIComponent(referral.id)}`;

  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = nameTyped.trim();
    if (name.length < 2) {
      problems.show({ practitionerName: 'Enter at least 2 letters of the practitioner’s name' });
      return;
    }
    problems.clear();
    setSelected('');
    setSearchedName(name);
  }

  function send(practitionerId: string | null, done: string) {
    if (assign.isPending) return;
    problems.clear();
    assign.mutate(
      { practitionerId, version: referral.version },
      {
        onSuccess: () => {
          const state: ReferralPageLocationState = { done };
          navigate(backTo, { state });
        },
        onError: (error) => {
          // Someone changed the referral meanwhile: say what changed, and show it as it is now.
          if (asApiError(error).status === 409) onReload();
          problems.showApiError(error);
        },
      },
    );
  }

  function handleAssign(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!selected) {
      problems.show({ practitionerId: 'Select who will work on this referral' });
      return;
    }
    if (selected === current?.practitionerId) {
      problems.show({ practitionerId: `${current.name} is already working on it. Select someone else` });
      return;
    }
    const chosen = practitioners.data?.find((practitioner) => practitioner.id === selected);
    send(selected, `${chosen?.name ?? 'The practitioner you chose'} is now working on this referral`);
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary problems={problems} fields={fields} notSaved="Nothing has been changed. Try again." />
        <PageHeading caption={`Referral ${referralReference(referral.id)}`} classes="govuk-heading-l">
          {title}
        </PageHeading>
        <SummaryList rows={[{ key: { text: 'Working on it now' }, value: { text: current?.name ?? 'No one' } }]} />
        {(myPractitionerId && myPractitionerId !== current?.practitionerId) || current ? (
          <div className="govuk-button-group">
            {myPractitionerId && myPractitionerId !== current?.practitionerId && (
              <Button type="button" classes="govuk-button--secondary" disabled={assign.isPending} text="Assign it to me" onClick={() => send(myPractitionerId, 'You are now working on this referral')} />
            )}
            {current && (
              <Button type="button" classes="govuk-button--secondary" disabled={assign.isPending} text="Unassign" onClick={() => send(null, 'No one is working on this referral now')} />
            )}
          </div>
        ) : null}
        <form noValidate onSubmit={handleSearch} role="search" aria-label="Find a practitioner">
          <Input
            name="practitionerName"
            label={{ text: 'Find someone else by name', classes: 'govuk-label--m' }}
            hint={{ text: 'Practitioners from every agency are found.' }}
            autocomplete="off"
            spellcheck={false}
            value={nameTyped}
            errorMessage={fieldError(problems.errors, 'practitionerName')}
            onChange={setNameTyped}
          />
          <Button text="Search" classes="govuk-button--secondary" />
        </form>
        {searchedName && (
          <form noValidate onSubmit={handleAssign}>
            <ResultChoice
              results={practitioners}
              name="practitionerId"
              legend={(count) => `Choose who will work on this referral (${count} found)`}
              loadingText="Finding practitioners"
              noneFound={`No practitioners called ‘${searchedName}’ were found. Check the spelling or search for their last name only.`}
              itemOf={(practitioner: Practitioner) => ({
                value: practitioner.id,
                text: practitioner.id === current?.practitionerId ? `${practitioner.name} (working on it now)` : practitioner.name,
                hint: { text: practitionerDescription(practitioner) },
              })}
              selected={selected}
              error={problems.errors.practitionerId}
              onSelect={setSelected}
            />
            {practitioners.data && practitioners.data.length > 0 && <Button disabled={assign.isPending} text={assign.isPending ? 'Assigning…' : 'Assign'} />}
          </form>
        )}
        <LoadingStatus text={assign.isPending ? 'Changing who is working on the referral' : ''} visuallyHidden />
      </div>
    </div>
  );
}

export function ChangeAssigneePage() {
  const { referralId = '' } = useParams();
  const referral = useReferral(referralId);
  if (referral.isError) return <RecordProblem error={referral.error} what="this referral" onRetry={() => void referral.refetch()} />;
  return (
    <>
      <BackLink href={`/referrals/${encodeURIComponent(referralId)}`} text="Back to the referral" />
      {referral.data ? <ChangeAssigneeForm referral={referral.data} onReload={() => void referral.refetch()} /> : <LoadingPage title={title} text="Loading the referral" />}
    </>
  );
}
