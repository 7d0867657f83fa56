import { Button } from '@childfirst/ui';
import type { CaseWorkspace } from '../../api/casesTypes';
import { YOUNG_PERSON_MINIMUM_AGE } from '@childfirst/domain/portal';

export function newInvitationPath(caseId: string): string {
  return `/cases/${encodeURIComponent(caseId)}/invitations/new`;
}

export function newAppointmentPath(caseId: string): string {
  return `/cases/${encodeURIComponent(caseId)}/appointments/new`;
}

/** What the family sees of the case online: who may link an account, and their appointments. For people who may write to the case. */
export function FamilyPortalSection({ workspace }: { workspace: CaseWorkspace }) {
  if (!workspace.permissions.writeNotes) return null;
  return (
    <section aria-labelledby="family-portal-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id="family-portal-heading">
        Family portal
      </h2>
      <p className="govuk-body">
        Parents, carers and young people aged {YOUNG_PERSON_MINIMUM_AGE} or over can link their family portal account to this case with an invitation code. The family sees
        the appointments you add on their home page.
      </p>
      <div className="govuk-button-group">
        <Button href={newInvitationPath(workspace.id)} classes="govuk-button--secondary" text="Invite to the family portal" />
        <Button href={newAppointmentPath(workspace.id)} classes="govuk-button--secondary" text="Add an appointment" />
      </div>
    </section>
  );
}
