import { Button, Input, PageHeading, usePageTitle } from '@childfirst/ui';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { FormErrorSummary, fieldError, useFormProblems } from '../../forms/formProblems';

const recordIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const fields = [{ name: 'recordId' }];

/**
 * An administrator's home page: what admins can do in the staff app today. Admins run the platform
 * and are the data protection officer's tool ("who has viewed this record"); they do not read
 * children's records because of their role (access/capabilities.ts), so no caseload or search.
 */
export function AdministrationPage() {
  const navigate = useNavigate();
  const [recordId, setRecordId] = useState('');
  const problems = useFormProblems();
  usePageTitle('Administration', { hasErrors: problems.showsErrors });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const id = recordId.trim().toLowerCase();
    if (!recordIdPattern.test(id)) {
      problems.show({ recordId: id ? 'Enter the record ID as it is written, like 5d0f1c7e-8a2b-4c3d-9e4f-0a1b2c3d4e5f' : 'Enter the ID of the person’s record' });
      return;
    }
    navigate(`/people/${encodeURIComponent(id)}/viewers`);
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary problems={problems} fields={fields} notSaved="" />
        <PageHeading classes="govuk-heading-l">Administration</PageHeading>
        <p className="govuk-body">
          You look after the service and answer for who sees what. Administrators do not see children’s records because of their role: anyone who needs to see a
          record needs a relationship to the family.
        </p>

        <h2 className="govuk-heading-m">See who has viewed a record</h2>
        <p className="govuk-body">
          For a subject access request or a question from the data protection officer: every time someone opened the record, or a search showed the person, with
          when and why.
        </p>
        <form noValidate onSubmit={handleSubmit} aria-label="See who has viewed a record">
          <Input
            name="recordId"
            label={{ text: 'Person’s record ID', classes: 'govuk-label--s' }}
            hint={{ text: 'The ID at the end of the record’s address, like 5d0f1c7e-8a2b-4c3d-9e4f-0a1b2c3d4e5f' }}
            autocomplete="off"
            spellcheck={false}
            value={recordId}
            errorMessage={fieldError(problems.errors, 'recordId')}
            onChange={setRecordId}
          />
          <Button text="Show who has viewed it" />
        </form>

        <h2 className="govuk-heading-m">Not in the staff app yet</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>Watching the referral and deadline workflows: the platform team does this in the Temporal Web UI.</li>
          <li>Reports on the service.</li>
          <li>Adding the people who can sign in, and their roles: the platform team does this in Keycloak.</li>
        </ul>
      </div>
    </div>
  );
}
