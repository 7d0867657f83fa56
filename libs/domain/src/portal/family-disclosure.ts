import type { AccountKind } from './portal';

/**
 * What reaches a family, decided in one place (docs/family-disclosure.md).
 *
 * The family surface shows a signed-in account only two kinds of thing:
 *   1. what that account itself sent (its requests for help and changes, its messages, documents
 *      and views) — not what another member of the family sent from their own account;
 *   2. what staff chose to share, with the family's parents and carers as a whole or with one
 *      person (a young person's own account).
 * Everything else — a concern from the public, a professional referral, a partner agency's
 * notification, police information, third parties' names, triage priorities, agency answers,
 * decisions on referrals the family did not make — never reaches the family surface. What the
 * family is told about an outcome it did not ask for reaches it only as the outcome's own family
 * message, which staff send (and, after a strategy discussion, only once a social worker has
 * recorded that telling the family is safe).
 *
 * The server's family-view repository loads candidate rows of the signed-in family and passes
 * every one through `familyMaySee` with its provenance; the response schemas are the field
 * allow-list. Nothing else decides.
 */

/** The signed-in family account, as the rule needs it. */
export interface FamilyAudience {
  subject: string;
  accountKind: AccountKind;
  /** The person the account is (a young person's account: themselves). */
  personId: string | null;
}

/** Whom staff shared something with. */
export type SharedWith = { parents: true } | { personId: string } | { subject: string };

/** Where a piece of information on the family surface came from, and who it is for. */
export type Provenance =
  /** Sent by a family account (a request for help, a message, a document, a view). */
  | { from: 'family-account'; subject: string }
  /** Chosen by staff to share: with the family's parents and carers, a person, or one account (any of those listed). */
  | { from: 'staff'; sharedWith: readonly SharedWith[] }
  /** Anyone else: the public, a professional, a partner agency, the police, a record-keeping event. */
  | { from: 'third-party' };

export function familyMaySee(audience: FamilyAudience, provenance: Provenance): boolean {
  switch (provenance.from) {
    case 'family-account':
      return provenance.subject === audience.subject;
    case 'staff':
      return provenance.sharedWith.some((sharedWith) => {
        if ('parents' in sharedWith) return audience.accountKind === 'parent';
        if ('personId' in sharedWith) return audience.personId !== null && sharedWith.personId === audience.personId;
        return sharedWith.subject === audience.subject;
      });
    case 'third-party':
      return false;
  }
}

/** Keeps the items the audience may see; `provenanceOf` states where each came from. */
export function discloseToFamily<T>(audience: FamilyAudience, items: readonly T[], provenanceOf: (item: T) => Provenance): T[] {
  return items.filter((item) => familyMaySee(audience, provenanceOf(item)));
}

// ─── Provenance of each kind of row the family surface can show ──────────────────────────────────

/**
 * A referral is the family's own only when a family account sent it through the portal (a request
 * for help or a change of circumstances). Every other intake channel is third-party information,
 * whoever it is about and at whatever stage.
 */
export function referralProvenance(referral: { intakeChannel: string; submittedBySubject: string }): Provenance {
  return referral.intakeChannel === 'family-self' ? { from: 'family-account', subject: referral.submittedBySubject } : { from: 'third-party' };
}

/**
 * An assessment started from a referral is shared with the family once they have been told the
 * outcome (or when it follows their own request): with the parents, and with a young person it is
 * about. Until then it is third-party information.
 */
export function assessmentProvenance(assessment: { referral: { intakeChannel: string; submittedBySubject: string }; familyToldAt: Date | null; aboutPersonIds: readonly string[] }): Provenance {
  const referral = referralProvenance(assessment.referral);
  if (referral.from === 'family-account') return referral;
  if (!assessment.familyToldAt) return { from: 'third-party' };
  return { from: 'staff', sharedWith: [{ parents: true }, ...assessment.aboutPersonIds.map((personId) => ({ personId }))] };
}

/** A child's recorded status (early help, child protection plan, EHC plan…): the parents, and the child themselves. */
export function statusProvenance(status: { personId: string }): Provenance {
  return { from: 'staff', sharedWith: [{ parents: true }, { personId: status.personId }] };
}

/**
 * A conversation belongs to whoever it is for: the account that started it (or the one account
 * staff addressed), else the young person it is owned by, else the parents and carers as a whole.
 */
export function threadProvenance(thread: { audienceSubject: string | null; ownerPersonId: string | null; startedByFamily: boolean }): Provenance {
  if (thread.audienceSubject) return thread.startedByFamily ? { from: 'family-account', subject: thread.audienceSubject } : { from: 'staff', sharedWith: [{ subject: thread.audienceSubject }] };
  if (thread.ownerPersonId) return { from: 'staff', sharedWith: [{ personId: thread.ownerPersonId }] };
  return { from: 'staff', sharedWith: [{ parents: true }] };
}

/** Documents and views: only what the account itself sent (staff sharing of documents comes later). */
export function sentByProvenance(item: { sentBySubject: string }): Provenance {
  return { from: 'family-account', subject: item.sentBySubject };
}
