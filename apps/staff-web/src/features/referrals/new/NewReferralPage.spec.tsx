import type { ProfessionalReferral } from '@childfirst/domain/referrals';
import { ApiError } from '@childfirst/ui';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FrontDoorReferral } from '../../../api/frontDoorTypes';
import type { StaffApi } from '../../../api/staffApi';
import { adamsReferral } from '../../../testing/frontDoorFixtures';
import { keyWorker, renderStaffApp, triageManager } from '../../../testing/renderStaffApp';
import { draftSaveDelayMs } from '../../../forms/localDraft';
import { emptyProfessionalReferral } from './professionalReferralForm';
import { referralDraftKey, type ReferralDraft } from './referralDraft';

// The signed-in test user's Keycloak subject (renderStaffApp).
const draftKey = referralDraftKey('u1');

function storedDraft(): ReferralDraft | null {
  const stored = window.localStorage.getItem(draftKey);
  return stored ? (JSON.parse(stored) as ReferralDraft) : null;
}

type CreateReferral = (referral: ProfessionalReferral, idempotencyKey: string) => Promise<FrontDoorReferral>;

function renderNewReferral(createReferral = jest.fn<ReturnType<CreateReferral>, Parameters<CreateReferral>>(async () => adamsReferral), api: Partial<StaffApi> = {}) {
  const rendered = renderStaffApp('/referrals/new', { getStaffProfile: async () => keyWorker, createReferral, ...api });
  return { ...rendered, createReferral, user: userEvent.setup() };
}

function summaryLinks(): [string | null, string | null][] {
  const summary = screen.getByText('There is a problem').closest('[role="alert"]') as HTMLElement;
  return within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);
}

async function fillInReferral(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(await screen.findByLabelText('Which service are you referring from?'), 'School');
  await user.type(screen.getByLabelText('Your job title or role'), 'Designated safeguarding lead');
  await user.type(screen.getByLabelText('Email address'), 'dsl@oakfield.example.sch.uk');
  const child = screen.getByRole('group', { name: 'Child 1' });
  await user.type(within(child).getByLabelText('Given name'), 'Sam');
  await user.type(within(child).getByLabelText('Family name'), 'Adams');
  await user.type(within(child).getByLabelText('Postcode (optional)'), 'sg11aa');
  await user.click(screen.getByLabelText('School attendance'));
  await user.click(screen.getByLabelText('Neglect'));
  await user.type(screen.getByLabelText('Describe what is happening'), 'Sam has not been in school since March and arrives hungry.');
  await user.click(screen.getByLabelText('Not urgent'));
  await user.click(screen.getByLabelText('The family agreed to this referral'));
}

describe('Making a referral', () => {
  beforeEach(() => window.localStorage.clear());

  it('is in the navigation and on the caseload for everyone who works with families', async () => {
    renderStaffApp('/caseload', { getStaffProfile: async () => keyWorker, listCaseload: async () => [] });
    expect((await screen.findAllByRole('link', { name: 'Make a referral' })).map((link) => link.getAttribute('href'))).toEqual(['/referrals/new']);
    expect(screen.getByRole('link', { name: 'Make a referral to the front door' }).getAttribute('href')).toBe('/referrals/new');
  });

  it('is refused to someone without the record', async () => {
    renderStaffApp('/referrals/new', { getStaffProfile: async () => triageManager });
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to make a referral' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Make a referral' })).toBeNull();
  });

  it('checks the referral with the API’s schema before sending it, listing the problems in page order', async () => {
    const { createReferral, user } = renderNewReferral();
    await user.click(await screen.findByRole('button', { name: 'Send referral' }));

    expect(summaryLinks()).toEqual([
      ['Select the service you are referring from', '#source'],
      ['Enter your job title or role', '#referrerRole'],
      ['Enter a phone number or email address so the front door can contact you', '#referrerPhone'],
      ['Enter the child’s name, or their date of birth or age and their postcode, so we can find them', '#subjects-0-givenName'],
      ['Select at least one concern', '#concerns'],
      ['Describe what you are worried about in at least 20 characters', '#description'],
      ['Select how urgent this is', '#urgency'],
      ['Say whether the family agreed to this referral', '#consent'],
    ]);
    expect(screen.getByText('Select at least one concern', { selector: '.govuk-error-message' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Error: Make a referral – Childfirst'));
    expect(createReferral).not.toHaveBeenCalled();
  });

  it('adds and removes children, up to ten, each with their own questions and errors', async () => {
    const { user } = renderNewReferral();
    const add = await screen.findByRole('button', { name: 'Add another child' });
    await user.click(add);
    const second = screen.getByRole('group', { name: 'Child 2' });
    expect(document.activeElement).toBe(within(second).getByLabelText('Given name'));
    expect(screen.getByRole('heading', { level: 2, name: 'The children' })).toBeTruthy();

    await user.type(within(screen.getByRole('group', { name: 'Child 1' })).getByLabelText('Given name'), 'Sam');
    await user.type(within(second).getByLabelText('Day'), '31');
    await user.type(within(second).getByLabelText('Month'), '2');
    await user.type(within(second).getByLabelText('Year'), '2019');
    await user.type(within(second).getByLabelText('Age, if you do not know their date of birth'), 'six');
    await user.click(screen.getByRole('button', { name: 'Send referral' }));
    const links = summaryLinks();
    expect(links).toContainEqual(['Date of birth must be a real date', '#subjects-1-dateOfBirth-day']);
    expect(links).toContainEqual(['Enter the child’s approximate age as a whole number of years, from 0 to 25', '#subjects-1-approximateAge']);
    expect(links.some(([, href]) => href === '#subjects-0-givenName')).toBe(false);
    expect(within(second).getByLabelText('Day').className).toContain('govuk-input--error');
    expect(within(second).getByLabelText('Month').className).not.toContain('govuk-input--error');

    await user.click(within(second).getByRole('button', { name: 'Remove child 2' }));
    expect(screen.queryByRole('group', { name: 'Child 2' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'The child' }));
    expect((within(screen.getByRole('group', { name: 'Child 1' })).getByLabelText('Given name') as HTMLInputElement).value).toBe('Sam');

    for (let count = 1; count < 10; count++) await user.click(screen.getByRole('button', { name: 'Add another child' }));
    expect(screen.getByRole('group', { name: 'Child 10' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add another child' })).toBeNull();
    expect(screen.getByText('You can add up to 10 children. Make another referral for the others.')).toBeTruthy();
  });

  it('asks why the family was not asked, revealed under that answer', async () => {
    const { user } = renderNewReferral();
    const reason = await screen.findByLabelText('Why was the family not asked?');
    expect(reason.closest('.govuk-radios__conditional')?.className).toContain('--hidden');
    await user.click(screen.getByLabelText('The family was not asked'));
    expect(reason.closest('.govuk-radios__conditional')?.className).not.toContain('--hidden');
    await user.click(screen.getByRole('button', { name: 'Send referral' }));
    expect(summaryLinks()).toContainEqual(['Select why the family was not asked', '#consentReason']);

    await user.click(screen.getByLabelText('The family did not agree'));
    await user.click(screen.getByRole('button', { name: 'Send referral' }));
    expect(summaryLinks()).toContainEqual(['Say what the family said when they did not agree, in at least 10 characters', '#consentRefusedDetail']);
  });

  it('sends the referral with an idempotency key, then confirms it with its reference and what happens next', async () => {
    const { createReferral, user } = renderNewReferral();
    await fillInReferral(user);
    await user.click(screen.getByRole('button', { name: 'Send referral' }));

    await waitFor(() => expect(createReferral).toHaveBeenCalledTimes(1));
    const [referral, idempotencyKey] = createReferral.mock.calls[0] ?? [];
    expect(referral).toEqual({
      source: 'school',
      referrerRole: 'Designated safeguarding lead',
      referrerEmail: 'dsl@oakfield.example.sch.uk',
      subjects: [{ kind: 'unidentified', givenName: 'Sam', familyName: 'Adams', postcode: 'SG1 1AA' }],
      concerns: ['16A', 'local-attendance'],
      description: 'Sam has not been in school since March and arrives hungry.',
      urgency: 'not-urgent',
      consent: { status: 'given' },
    });
    expect(idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);

    const heading = await screen.findByRole('heading', { level: 1, name: 'Referral sent' });
    expect(heading.closest('.govuk-panel')?.textContent).toContain('Your reference is00000020');
    expect(screen.getByText(/decide what happens next within one working day/)).toBeTruthy();
    expect(screen.getByText(/They may contact you on dsl@oakfield.example.sch.uk/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(document.title).toBe('Referral sent – Childfirst');
    expect(storedDraft()).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Make another referral' }));
    expect(((await screen.findByLabelText('Your job title or role')) as HTMLInputElement).value).toBe('');
  });

  it('keeps the referral and its idempotency key when sending fails, so trying again records it once', async () => {
    const createReferral = jest
      .fn<ReturnType<CreateReferral>, Parameters<CreateReferral>>()
      .mockRejectedValueOnce(new ApiError({ status: 503, title: 'Sorry, there is a problem with the service. Try again later' }))
      .mockResolvedValue(adamsReferral);
    const { user } = renderNewReferral(createReferral);
    await fillInReferral(user);
    await user.click(screen.getByRole('button', { name: 'Send referral' }));

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Sorry, there is a problem with the service. Try again later');
    expect(summary.textContent).toContain('Your referral has not been sent. It is kept here: try again.');
    await waitFor(() => expect(storedDraft()?.idempotencyKey).toBe(createReferral.mock.calls[0]?.[1]), { timeout: draftSaveDelayMs + 2000 });

    await user.click(screen.getByRole('button', { name: 'Send referral' }));
    await waitFor(() => expect(createReferral).toHaveBeenCalledTimes(2));
    expect(createReferral.mock.calls[1]?.[1]).toBe(createReferral.mock.calls[0]?.[1]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Referral sent' })).toBeTruthy();
  });

  it('shows the API’s messages on the fields it names', async () => {
    const createReferral = jest.fn<ReturnType<CreateReferral>, Parameters<CreateReferral>>(async () => {
      throw new ApiError({ status: 400, title: 'There is a problem with what was sent', errors: [{ path: '/subjects/0/postcode', message: 'Enter a full UK postcode, like SG1 1AA' }] });
    });
    const { user } = renderNewReferral(createReferral);
    await fillInReferral(user);
    await user.click(screen.getByRole('button', { name: 'Send referral' }));
    await waitFor(() => expect(summaryLinks()).toEqual([['Enter a full UK postcode, like SG1 1AA', '#subjects-0-postcode']]));
  });

  it('keeps a draft in this browser as it is typed, and says when', async () => {
    const first = renderNewReferral();
    await first.user.type(await screen.findByLabelText('Your job title or role'), 'School nurse');
    await screen.findByText(/^Your referral was kept in this browser at .+\. It has not been sent yet\.$/, {}, { timeout: draftSaveDelayMs + 2000 });
    expect(storedDraft()?.values.referrerRole).toBe('School nurse');
  });

  it('restores a draft with its idempotency key, and starts again when asked', async () => {
    const values = emptyProfessionalReferral('child-1');
    const draft: ReferralDraft = {
      values: {
        ...values,
        referrerRole: 'School nurse',
        children: [
          { ...(values.children[0] as (typeof values.children)[number]), givenName: 'Sam' },
          { key: 'child-2', givenName: 'Alex', familyName: '', dateOfBirth: { day: '', month: '', year: '' }, approximateAge: '6', postcode: '', schoolName: '' },
        ],
        concerns: ['16A'],
      },
      idempotencyKey: '6f1c2c8e-1d2b-4b7a-9a51-3c3e0f3b9e11',
      savedAt: '2025-06-03T09:15:00.000Z',
    };
    window.localStorage.setItem(draftKey, JSON.stringify(draft));
    const { createReferral, user } = renderNewReferral();

    const banner = await screen.findByRole('region', { name: 'Important' });
    expect(banner.textContent).toContain('We restored the referral you had not sent');
    expect(banner.textContent).toContain('You were writing it on 3 June 2025 at 10:15am.');
    expect((screen.getByLabelText('Your job title or role') as HTMLInputElement).value).toBe('School nurse');
    expect((within(screen.getByRole('group', { name: 'Child 2' })).getByLabelText('Given name') as HTMLInputElement).value).toBe('Alex');
    expect((screen.getByLabelText('Neglect') as HTMLInputElement).checked).toBe(true);

    await fillInReferral(user);
    await user.click(screen.getByRole('button', { name: 'Send referral' }));
    await waitFor(() => expect(createReferral).toHaveBeenCalled());
    expect(createReferral.mock.calls[0]?.[1]).toBe(draft.idempotencyKey);
  });

  it('throws the draft away on "Start again"', async () => {
    window.localStorage.setItem(
      draftKey,
      JSON.stringify({ values: { ...emptyProfessionalReferral('child-1'), referrerRole: 'School nurse' }, idempotencyKey: 'key-1', savedAt: '2025-06-03T09:15:00.000Z' } satisfies ReferralDraft),
    );
    const { user } = renderNewReferral();
    await user.click(await screen.findByRole('button', { name: 'Start again' }));
    expect((screen.getByLabelText('Your job title or role') as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('region', { name: 'Important' })).toBeNull();
    expect(storedDraft()).toBeNull();
  });
});
