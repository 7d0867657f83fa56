import { Button, Link, ScrollableTable, Table, Tag, formatDate, type TableCell } from '@childfirst/ui';
import { consentPurposes } from '@childfirst/domain/cases';
import type { CaseWorkspace, ConsentOverrideRecord, ConsentRecord } from '../../api/casesTypes';
import { codeAsWords, labelOf } from '../people/personFormat';

/** What the family agreed to: the API's label, the code list's, or the code in words. */
export function consentPurposeText(consent: Pick<ConsentRecord, 'purpose' | 'purposeLabel'>): string {
  return consent.purposeLabel ?? (consentPurposes as Record<string, { label: string } | undefined>)[consent.purpose]?.label ?? codeAsWords(consent.purpose);
}

function consentRow(consent: ConsentRecord, withdrawHref: string | null): TableCell[] {
  const withdrawn = consent.withdrawnAt !== null;
  const agency = labelOf(consent.agencyLabel, consent.agency);
  const row: TableCell[] = [
    { text: agency },
    { text: consentPurposeText(consent) },
    { text: consent.givenBy ?? 'The whole family' },
    { text: formatDate(consent.givenAt) },
    {
      html: withdrawn ? (
        <>
          <Tag text="Withdrawn" classes="govuk-tag--red" /> <span className="govuk-!-display-block govuk-!-margin-top-1">{formatDate(consent.withdrawnAt as string)}</span>
        </>
      ) : (
        <Tag text="Given" classes="govuk-tag--green" />
      ),
    },
  ];
  if (withdrawHref !== null) {
    row.push({
      html: withdrawn ? null : (
        <Link className="govuk-link" href={withdrawHref}>
          Withdraw<span className="govuk-visually-hidden"> consent for {agency} to {consentPurposeText(consent).toLowerCase()}</span>
        </Link>
      ),
    });
  }
  return row;
}

function overrideRow(override: ConsentOverrideRecord): TableCell[] {
  return [
    { text: labelOf(override.agencyLabel, override.agency) },
    { text: labelOf(override.legalBasisLabel, override.legalBasis) },
    { html: <span className="childfirst-preserve-lines">{override.reason}</span> },
    { text: `${override.recordedBy}, ${formatDate(override.recordedAt)}` },
    { html: override.endedAt ? `Ended ${formatDate(override.endedAt)}` : <Tag text="In force" classes="govuk-tag--orange" /> },
  ];
}

/** Consent the family gave, agency by agency, sharing without it, and what the practitioner may do about either. */
export function ConsentSection({ workspace }: { workspace: CaseWorkspace }) {
  const { recordConsent, overrideConsent } = workspace.permissions;
  const casePath = `/cases/${encodeURIComponent(workspace.id)}`;
  // Withdrawn consent is listed last, so what may be shared today is read first.
  const consent = [...workspace.consent].sort((one, other) => Number(one.withdrawnAt !== null) - Number(other.withdrawnAt !== null));
  const canWithdraw = recordConsent && consent.some((record) => record.withdrawnAt === null);
  return (
    <div className="govuk-!-margin-bottom-6">
      {consent.length === 0 ? (
        <>
          <h2 className="govuk-heading-m">Consent</h2>
          <p className="govuk-body">The family has not given consent to share information with any agency.</p>
        </>
      ) : (
        <ScrollableTable label="Consent">
          <Table
            caption="Consent"
            captionClasses="govuk-table__caption--m"
            head={[
              { text: 'Agency' },
              { text: 'What the family agreed to' },
              { text: 'Given by' },
              { text: 'Given' },
              { text: 'Status' },
              ...(canWithdraw ? [{ html: <span className="govuk-visually-hidden">Action</span> }] : []),
            ]}
            rows={consent.map((record) => consentRow(record, canWithdraw ? `${casePath}/consent/${encodeURIComponent(record.id)}/withdraw` : null))}
            rowKeys={consent.map((record) => record.id)}
          />
        </ScrollableTable>
      )}
      {workspace.consentOverrides.length > 0 && (
        <ScrollableTable label="Shared without consent">
          <Table
            caption={`Shared without consent (${workspace.consentOverrides.length})`}
            captionClasses="govuk-table__caption--m"
            head={[{ text: 'Agency' }, { text: 'Legal basis' }, { text: 'Reason' }, { text: 'Recorded by' }, { text: 'Status' }]}
            rows={workspace.consentOverrides.map(overrideRow)}
            rowKeys={workspace.consentOverrides.map((override) => override.id)}
          />
        </ScrollableTable>
      )}
      {(recordConsent || overrideConsent) && (
        <div className="govuk-button-group">
          {recordConsent && <Button href={`${casePath}/consent/new`} classes="govuk-button--secondary" text="Record consent" />}
          {overrideConsent && <Button href={`${casePath}/consent-overrides/new`} classes="govuk-button--secondary" text="Share without consent" />}
        </div>
      )}
    </div>
  );
}
