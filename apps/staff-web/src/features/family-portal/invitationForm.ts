import { fieldErrorsFromIssues, type FieldErrors } from '@childfirst/ui';
import { YOUNG_PERSON_MINIMUM_AGE, invitationRequestSchema, type AccountKind } from '@childfirst/domain/portal';
import type { CaseWorkspace } from '../../api/casesTypes';
import type { InvitationRequest } from '../../api/portalTypes';

export interface InvitationCandidate {
  personId: string;
  name: string;
  accountKind: AccountKind;
  /** A child's age in whole years; null for adults (the workspace does not give it). */
  age: number | null;
}

export interface NotInvitable {
  personId: string;
  name: string;
  age: number | null;
}

/**
 * Who may be invited to the family portal: every adult member of the family, and the children
 * aged YOUNG_PERSON_MINIMUM_AGE or over (their age from the case's children). A child whose age is
 * not known cannot be invited until their date of birth is recorded.
 */
export function invitationCandidates(workspace: CaseWorkspace): { invitable: InvitationCandidate[]; tooYoung: NotInvitable[] } {
  const ages = new Map(workspace.children.map((child) => [child.personId, child.age]));
  const invitable: InvitationCandidate[] = [];
  const tooYoung: NotInvitable[] = [];
  for (const member of workspace.members) {
    if (member.memberRole !== 'child') {
      invitable.push({ personId: member.personId, name: member.name, accountKind: 'parent', age: null });
      continue;
    }
    const age = ages.get(member.personId) ?? null;
    if (age !== null && age >= YOUNG_PERSON_MINIMUM_AGE) invitable.push({ personId: member.personId, name: member.name, accountKind: 'young-person', age });
    else tooYoung.push({ personId: member.personId, name: member.name, age });
  }
  return { invitable, tooYoung };
}

export const invitationFields = [{ name: 'personId', id: 'personId' }];

export function validateInvitation(personId: string): { invitation: InvitationRequest; errors?: undefined } | { invitation?: undefined; errors: FieldErrors } {
  const parsed = invitationRequestSchema.safeParse({ personId: personId || undefined });
  if (!parsed.success) return { errors: fieldErrorsFromIssues(parsed.error.issues) };
  return { invitation: parsed.data };
}
