import { Button, InsetText, Link, LoadingStatus, PageHeading, Radios, WarningText, formatDateTime, usePageTitle } from '@childfirst/ui';
import { accountKinds, formatInvitationCode, YOUNG_PERSON_MINIMUM_AGE } from '@childfirst/domain/portal';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CaseWorkspace } from '../../api/casesTypes';
import type { Invitation } from '../../api/portalTypes';
import { FormErrorSummary, fieldError, useFormProblems } from '../../forms/formProblems';
import { CaseActionPage, casePath } from '../cases/CaseActionPage';
import { useCaseChange } from '../cases/useCaseChange';
import { invitationCandidates, invitationFields, validateInvitation, type NotInvitable } from './invitationForm';

const title = 'Invite to the family portal';
const codeTitle = 'Invitation code';

/** "K 7 P M, Q 2 X D, 9 A": read out one character at a time, as the person will type it. */
function spokenCode(code: string): string {
  return formatInvitationCode(code)
    .split('-')
    .map((group) => group.split('').join(' '))
    .join(', ');
}

/**
 * The code, shown this once: it is not kept (the API stores a hash), not put in the address or the
 * browser's history, and gone when the person leaves the page.
 */
function InvitationCode({ workspace, invitation }: { workspace: CaseWorkspace; invitation: Invitation }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form that asked for it is gone: focus goes to the panel's heading, which says what happened.
  useEffect(() => headingRef.current?.focus(), []);
  const expires = formatDateTime(invitation.expiresAt, { weekday: true });
  return (
    <>
      <div className="govuk-panel govuk-panel--confirmation">
        <h1 className="govuk-panel__title" tabIndex={-1} ref={headingRef}>
          Invitation code for {invitation.personName}
        </h1>
        <div className="govuk-panel__body">
          <strong className="govuk-!-font-size-48" aria-hidden="true">
            {formatInvitationCode(invitation.code)}
          </strong>
          <span className="govuk-visually-hidden">{spokenCode(invitation.code)}</span>
        </div>
      </div>
      <WarningText>Write the code down or give it to {invitation.personName} now. You will not be able to see it again once you leave this page.</WarningText>
      <h2 className="govuk-heading-m">How to give it to {invitation.personName}</h2>
      <ul className="govuk-list govuk-list--bullet">
        <li>Give it to them yourself, in person or on the phone once you are sure you are speaking to them.</li>
        <li>Do not send it by email, text or post, or leave it with someone else: anyone with the code could link their account to this family.</li>
        <li>
          They sign in to the family portal, or create an account, and enter the code when asked. It links their account to the {workspace.family.familyName} family as a{' '}
          {accountKinds[invitation.accountKind].label.toLowerCase()}.
        </li>
      </ul>
      <InsetText>
        The code can be used once, and expires on {expires}. If it expires or is lost, invite {invitation.personName} again for a new code.
      </InsetText>
      <p className="govuk-body">
        <Link className="govuk-link" href={casePath(workspace.id)}>
          Back to the case
        </Link>
      </p>
    </>
  );
}

function notInvitableText(person: NotInvitable): string {
  return person.age === null ? `${person.name} (age not known)` : `${person.name} (${person.age < 1 ? 'under 1' : `aged ${person.age}`})`;
}

function InvitationForm({ workspace }: { workspace: CaseWorkspace }) {
  const [personId, setPersonId] = useState('');
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const problems = useFormProblems();
  const invite = useCaseChange(workspace.id, (api, request: { personId: string }) => api.createInvitation(workspace.id, request));
  const { invitable, tooYoung } = invitationCandidates(workspace);
  usePageTitle(invitation ? codeTitle : title, { hasErrors: !invitation && problems.showsErrors });

  if (invitation) return <InvitationCode workspace={workspace} invitation={invitation} />;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (invite.isPending) return;
    const result = validateInvitation(personId);
    if (result.errors) {
      problems.show(result.errors);
      return;
    }
    problems.clear();
    invite.mutate(result.invitation, {
      onSuccess: setInvitation,
      onError: (error) => problems.showApiError(error),
    });
  }

  return (
    <>
      <FormErrorSummary problems={problems} fields={invitationFields} notSaved="No invitation has been made. Try again." />
      <PageHeading caption={`${workspace.family.familyName} family, case ${workspace.family.reference}`} classes="govuk-heading-l">
        {title}
      </PageHeading>
      <p className="govuk-body">
        You get a code to give to the person. With it they link their family portal account to this family, to message you, see appointments and tell you about changes.
      </p>
      {tooYoung.length > 0 && (
        <InsetText>
          Children can have their own account from the age of {YOUNG_PERSON_MINIMUM_AGE}. Not listed: {tooYoung.map(notInvitableText).join(', ')}.
        </InsetText>
      )}
      {invitable.length === 0 ? (
        <p className="govuk-body">There is nobody in this family who can be invited yet.</p>
      ) : (
        <form noValidate onSubmit={handleSubmit} aria-label={title}>
          <Radios
            name="personId"
            fieldset={{ legend: { text: 'Who is the invitation for?', classes: 'govuk-fieldset__legend--m' } }}
            value={personId}
            errorMessage={fieldError(problems.errors, 'personId')}
            onChange={setPersonId}
            items={invitable.map((candidate) => ({
              value: candidate.personId,
              text: candidate.name,
              hint: { text: candidate.age === null ? accountKinds[candidate.accountKind].label : `${accountKinds[candidate.accountKind].label}, aged ${candidate.age}` },
            }))}
          />
          <Button disabled={invite.isPending} text={invite.isPending ? 'Making the invitation…' : 'Get an invitation code'} />
          <LoadingStatus text={invite.isPending ? 'Making the invitation' : ''} visuallyHidden />
        </form>
      )}
    </>
  );
}

/** /cases/:caseId/invitations/new: a code for a parent, carer or young person to link their account. */
export function NewInvitationPage() {
  return (
    <CaseActionPage title={title} permission="writeNotes" what="invite this family to the family portal">
      {(workspace) => <InvitationForm workspace={workspace} />}
    </CaseActionPage>
  );
}
