import { ApiError, problemFromBody } from '@childfirst/ui';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseWorkspace, ConsentWithdrawal, NewConsent, NewConsentOverride } from '../../api/casesTypes';
import { adamsCase, adamsChronology, ids, noPermissions } from '../../testing/recordFixtures';
import { keyWorker, renderStaffApp } from '../../testing/renderStaffApp';

const casePath = `/cases/${adamsCase.id}`;
const socialWorkerCase: CaseWorkspace = { ...adamsCase, permissions: { ...adamsCase.permissions, overrideConsent: true } };

function renderCase(path: string, overrides: Parameters<typeof renderStaffApp>[1] = {}, workspace: CaseWorkspace = adamsCase) {
  const view = renderStaffApp(path, { getStaffProfile: async () => keyWorker, getCase: async () => workspace, getChronology: async () => adamsChronology, listCaseNotes: async () => [], ...overrides });
  return { ...view, user: userEvent.setup() };
}

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .queryAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);
}

describe('Consent on the case', () => {
  it('shows who gave each consent and offers what the workspace allows', async () => {
    renderCase(casePath);
    const table = await screen.findByRole('table', { name: 'Consent' });
    const [, given] = within(table).getAllByRole('row');
    expect(within(given as HTMLElement).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Health',
      'Share information about the family',
      'Jo Adams',
      '6 January 2025',
      'Given',
      'Withdraw consent for Health to share information about the family',
    ]);
    expect(within(table).getAllByRole('link')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Record consent' }).getAttribute('href')).toBe(`${casePath}/consent/new`);
    // A key worker may not share without consent.
    expect(screen.queryByRole('link', { name: 'Share without consent' })).toBeNull();
  });

  it('offers nothing to change to someone the case does not allow to', async () => {
    renderCase(casePath, {}, { ...adamsCase, permissions: noPermissions });
    const table = await screen.findByRole('table', { name: 'Consent' });
    expect(within(table).queryByRole('link')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Record consent' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Share without consent' })).toBeNull();
  });

  it('lists sharing without consent with its legal basis', async () => {
    renderCase(casePath, {}, {
      ...socialWorkerCase,
      consentOverrides: [
        {
          id: ids.policeOverride,
          agency: 'police',
          agencyLabel: 'Police',
          legalBasis: 'children-act-1989-s47',
          legalBasisLabel: 'Children Act 1989 section 47 – enquiry into suspected significant harm',
          reason: 'Section 47 enquiry: police hold information about Lee.',
          recordedBy: 'Sam Social',
          recordedAt: '2025-06-03T08:05:00Z',
          endedAt: null,
        },
      ],
    });
    const table = await screen.findByRole('table', { name: 'Shared without consent (1)' });
    expect(within(table).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Police',
      'Children Act 1989 section 47 – enquiry into suspected significant harm',
      'Section 47 enquiry: police hold information about Lee.',
      'Sam Social, 3 June 2025',
      'In force',
    ]);
    expect(screen.getByRole('link', { name: 'Share without consent' }).getAttribute('href')).toBe(`${casePath}/consent-overrides/new`);
  });
});

describe('Recording consent', () => {
  type RecordConsent = (caseId: string, consent: NewConsent, idempotencyKey: string) => Promise<CaseWorkspace>;

  it('asks who gave it among the adults, and what each agency may do', async () => {
    renderCase(`${casePath}/consent/new`, { recordConsent: jest.fn() });
    const who = await screen.findByRole('group', { name: 'Who gave consent?' });
    expect(within(who).getAllByRole('radio').map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent)).toEqual(['Jo Adams', 'Lee Adams', 'The whole family']);
    const health = screen.getByRole('group', { name: 'Health' });
    expect(within(health).getAllByRole('checkbox')).toHaveLength(3);
    expect(within(health).getByText('Consent already recorded')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Housing' })).toBeTruthy();
  });

  it('says what is missing with the API’s messages', async () => {
    const recordConsent = jest.fn<ReturnType<RecordConsent>, Parameters<RecordConsent>>();
    const { user } = renderCase(`${casePath}/consent/new`, { recordConsent });
    await user.click(await screen.findByRole('button', { name: 'Record consent' }));
    expect(summaryLinks()).toEqual([
      ['Choose who gave consent, or the whole family', '#givenBy'],
      ['Select at least one agency and what the family agreed to', '#scopes-education'],
      ['Enter the date consent was given', '#givenOn-day'],
    ]);
    expect(document.getElementById('scopes-error')?.textContent).toContain('Select at least one agency and what the family agreed to');
    expect(recordConsent).not.toHaveBeenCalled();
  });

  it('sends each agency and purpose ticked with an Idempotency-Key, and confirms on the case', async () => {
    const recordConsent = jest.fn<ReturnType<RecordConsent>, Parameters<RecordConsent>>(async () => adamsCase);
    const { user, location } = renderCase(`${casePath}/consent/new`, { recordConsent });
    await user.click(await screen.findByLabelText('Jo Adams'));
    await user.click(within(screen.getByRole('group', { name: 'Education' })).getByLabelText('Contact the family'));
    await user.click(within(screen.getByRole('group', { name: 'Housing' })).getByLabelText('Share information about the family'));
    await user.click(within(screen.getByRole('group', { name: 'Housing' })).getByLabelText('Take part in an assessment'));
    const date = screen.getByRole('group', { name: 'When was consent given?' });
    await user.type(within(date).getByLabelText('Day'), '2');
    await user.type(within(date).getByLabelText('Month'), '6');
    await user.type(within(date).getByLabelText('Year'), '2025');
    await user.click(screen.getByRole('button', { name: 'Record consent' }));

    await waitFor(() => expect(location.current?.pathname).toBe(casePath));
    const [caseId, consent, key] = recordConsent.mock.calls[0] ?? [];
    expect(caseId).toBe(adamsCase.id);
    expect(consent).toEqual({
      personId: ids.jo,
      scopes: [
        { agency: 'education', purpose: 'contact' },
        { agency: 'housing', purpose: 'share-information' },
        { agency: 'housing', purpose: 'assessment' },
      ],
      givenAt: '2025-06-02T12:00:00.000Z',
    });
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect((await screen.findByRole('alert', { name: 'Success' })).textContent).toContain('Consent recorded');
  });

  it('shows the API’s field errors on the scopes', async () => {
    const recordConsent = jest.fn<ReturnType<RecordConsent>, Parameters<RecordConsent>>(async () => {
      throw new ApiError(problemFromBody(400, { title: 'There is a problem with what was sent', status: 400, errors: [{ path: 'scopes.0', message: 'Select each agency and purpose only once' }] }));
    });
    const { user } = renderCase(`${casePath}/consent/new`, { recordConsent });
    await user.click(await screen.findByLabelText('The whole family'));
    await user.click(within(screen.getByRole('group', { name: 'Police' })).getByLabelText('Contact the family'));
    const date = screen.getByRole('group', { name: 'When was consent given?' });
    await user.type(within(date).getByLabelText('Day'), '2');
    await user.type(within(date).getByLabelText('Month'), '6');
    await user.type(within(date).getByLabelText('Year'), '2025');
    await user.click(screen.getByRole('button', { name: 'Record consent' }));
    await waitFor(() => expect(summaryLinks()).toEqual([['Select each agency and purpose only once', '#scopes-education']]));
    expect(recordConsent.mock.calls[0]?.[1].personId).toBeUndefined();
  });

  it('is refused to someone the case does not allow to record consent', async () => {
    renderCase(`${casePath}/consent/new`, {}, { ...adamsCase, permissions: noPermissions });
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to record consent on this case' })).toBeTruthy();
  });
});

describe('Withdrawing consent', () => {
  it('asks to confirm, warning that the agency loses access at once, and sends the note', async () => {
    const withdrawConsent = jest.fn(async (_caseId: string, _consentId: string, _withdrawal: ConsentWithdrawal) => ({
      ...adamsCase,
      consent: adamsCase.consent.map((consent) => ({ ...consent, withdrawnAt: '2025-06-03T08:05:00Z' })),
    }));
    const { user, location } = renderCase(casePath, { withdrawConsent });
    await user.click(await screen.findByRole('link', { name: 'Withdraw consent for Health to share information about the family' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Withdraw consent' })).toBeTruthy();
    expect(location.current?.pathname).toBe(`${casePath}/consent/${ids.healthConsent}/withdraw`);
    expect(screen.getByText('Staff from that agency lose access at once.').closest('.govuk-warning-text')).toBeTruthy();
    expect(screen.getByText('Given by', { selector: 'dt' }).nextElementSibling?.textContent).toBe('Jo Adams');
    expect(withdrawConsent).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('Note (optional)'), 'Jo phoned to withdraw it.');
    await user.click(screen.getByRole('button', { name: 'Withdraw consent' }));
    await waitFor(() => expect(location.current?.pathname).toBe(casePath));
    expect(withdrawConsent).toHaveBeenCalledWith(adamsCase.id, ids.healthConsent, { note: 'Jo phoned to withdraw it.' });
    expect((await screen.findByRole('alert', { name: 'Success' })).textContent).toContain('Consent withdrawn: Health – Share information about the family');
  });

  it('says so when the consent was already withdrawn', async () => {
    renderCase(`${casePath}/consent/${ids.policeConsent}/withdraw`);
    expect(await screen.findByRole('heading', { level: 1, name: 'This consent has already been withdrawn' })).toBeTruthy();
  });

  it('shows why the API refused', async () => {
    const withdrawConsent = jest.fn(async (): Promise<CaseWorkspace> => {
      throw new ApiError({ status: 409, title: 'Already withdrawn', detail: 'Tom Manager withdrew this consent at 9:05am.' });
    });
    const { user } = renderCase(`${casePath}/consent/${ids.healthConsent}/withdraw`, { withdrawConsent });
    await user.click(await screen.findByRole('button', { name: 'Withdraw consent' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Tom Manager withdrew this consent at 9:05am.');
  });
});

describe('Sharing without consent', () => {
  type Override = (caseId: string, override: NewConsentOverride) => Promise<CaseWorkspace>;
  const path = `${casePath}/consent-overrides/new`;

  it('is refused to someone the case does not allow to', async () => {
    renderCase(path);
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to share this family’s information without consent' })).toBeTruthy();
  });

  it('warns that it is recorded and reviewed, and asks for the agency, legal basis and a specific reason', async () => {
    const recordConsentOverride = jest.fn<ReturnType<Override>, Parameters<Override>>();
    const { user } = renderCase(path, { recordConsentOverride }, socialWorkerCase);
    expect(await screen.findByText('This is recorded with your name and reason, and reviewed by the data protection officer.')).toBeTruthy();
    await user.type(screen.getByLabelText('Why must the information be shared without consent?'), 'Police asked');
    await user.click(screen.getByRole('button', { name: 'Share without consent' }));
    expect(summaryLinks()).toEqual([
      ['Select an agency', '#agency'],
      ['Select the legal basis for sharing without consent', '#legalBasis'],
      ['Give the reason for sharing without consent in at least 20 characters', '#reason'],
    ]);
    expect(recordConsentOverride).not.toHaveBeenCalled();
  });

  it('records it and confirms on the case', async () => {
    const recordConsentOverride = jest.fn<ReturnType<Override>, Parameters<Override>>(async () => socialWorkerCase);
    const { user, location } = renderCase(path, { recordConsentOverride }, socialWorkerCase);
    await user.click(await screen.findByLabelText('Police'));
    await user.click(screen.getByLabelText('Children Act 1989 section 47 – enquiry into suspected significant harm'));
    await user.type(screen.getByLabelText('Why must the information be shared without consent?'), 'Section 47 enquiry: police hold information about Lee.');
    await user.click(screen.getByRole('button', { name: 'Share without consent' }));
    await waitFor(() => expect(location.current?.pathname).toBe(casePath));
    expect(recordConsentOverride).toHaveBeenCalledWith(adamsCase.id, {
      agency: 'police',
      legalBasis: 'children-act-1989-s47',
      reason: 'Section 47 enquiry: police hold information about Lee.',
    });
    expect((await screen.findByRole('alert', { name: 'Success' })).textContent).toContain('Sharing with Police without consent recorded');
  });
});
