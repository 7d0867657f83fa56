import { ApiError, problemFromBody } from '@childfirst/ui';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { CaseWorkspace, NewWarning, WarningView } from '../../api/casesTypes';
import { adamsCase, adamsChronology, ids, leeWarning, noPermissions, samAdams } from '../../testing/recordFixtures';
import { keyWorker, renderStaffApp, teamManager } from '../../testing/renderStaffApp';

const casePath = `/cases/${adamsCase.id}`;
const { personId: _personId, personName: _personName, ...leeWarningView } = leeWarning;

type AddWarning = (personId: string, warning: NewWarning, idempotencyKey: string) => Promise<WarningView>;

function renderCase(path: string, overrides: Parameters<typeof renderStaffApp>[1] = {}, workspace: CaseWorkspace = adamsCase) {
  const view = renderStaffApp(path, {
    getStaffProfile: async () => keyWorker,
    getCase: async () => workspace,
    getChronology: async () => adamsChronology,
    listCaseNotes: async () => [],
    ...overrides,
  });
  return { ...view, user: userEvent.setup() };
}

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .queryAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);
}

async function fillWarning(user: UserEvent) {
  await user.click(await screen.findByLabelText('Aggressive dog'));
  await user.type(screen.getByLabelText('What happened, and what should staff do?'), 'A large dog bit a visitor on 2 June. Ask for it to be shut away.');
  const review = screen.getByRole('group', { name: 'When should the warning be reviewed?' });
  await user.type(within(review).getByLabelText('Day'), '30');
  await user.type(within(review).getByLabelText('Month'), '9');
  await user.type(within(review).getByLabelText('Year'), '2099');
  await user.click(within(screen.getByRole('group', { name: 'Has the person been told about the warning?' })).getByLabelText('Yes'));
}

describe('Adding a warning for staff safety', () => {
  it('is offered on the case, and for the person on their record, to people who may write to the case', async () => {
    const { user } = renderCase(casePath);
    const add = await screen.findByRole('link', { name: 'Add a warning' });
    expect(add.getAttribute('href')).toBe(`${casePath}/warnings/new`);
    await user.click(add);
    expect(await screen.findByRole('heading', { level: 1, name: 'Add a warning for staff safety' })).toBeTruthy();
  });

  it('links from the person’s record to the case of their family, with the person chosen', async () => {
    renderStaffApp(`/people/${ids.sam}`, { getStaffProfile: async () => keyWorker, getPerson: async () => samAdams });
    const link = await screen.findByRole('link', { name: 'Add a warning for staff safety' });
    expect(link.getAttribute('href')).toBe(`${casePath}/warnings/new?personId=${ids.sam}`);
  });

  it('is not offered, nor open, to someone the case does not let write', async () => {
    renderCase(casePath, {}, { ...adamsCase, permissions: noPermissions, warnings: [leeWarning] });
    await screen.findByRole('heading', { level: 2, name: 'Warnings for staff safety' });
    expect(screen.queryByRole('link', { name: 'Add a warning' })).toBeNull();
    expect(screen.queryByRole('link', { name: /End warning/ })).toBeNull();
  });

  it('refuses the page to someone the case does not let write', async () => {
    renderCase(`${casePath}/warnings/new`, {}, { ...adamsCase, permissions: noPermissions });
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to add a warning on this case' })).toBeTruthy();
  });

  it('checks the warning with the API’s messages, every one at once, and asks why the person was not told', async () => {
    const addWarning = jest.fn<ReturnType<AddWarning>, Parameters<AddWarning>>();
    const { user } = renderCase(`${casePath}/warnings/new`, { addWarning });
    await user.type(await screen.findByLabelText('What happened, and what should staff do?'), 'Dog');
    const told = screen.getByRole('group', { name: 'Has the person been told about the warning?' });
    await user.click(within(told).getByLabelText('Not yet'));
    // The reason is revealed under the answer.
    expect(document.getElementById('conditional-personTold-3')?.className).not.toContain('--hidden');
    await user.click(screen.getByRole('button', { name: 'Add the warning' }));

    expect(summaryLinks()).toEqual([
      ['Choose who the warning is about', '#personId'],
      ['Select what the warning is about', '#type'],
      ['Describe the risk and what happened in at least 10 characters', '#description'],
      ['Enter the review date', '#reviewOn-day'],
      ['Give the reason the person has not been told', '#personNotToldReason-not-yet'],
    ]);
    await waitFor(() => expect(document.title).toBe('Error: Add a warning for staff safety – Childfirst'));
    expect(addWarning).not.toHaveBeenCalled();
  });

  it('shows the API’s field errors on their fields', async () => {
    const addWarning = jest.fn<ReturnType<AddWarning>, Parameters<AddWarning>>(async () => {
      throw new ApiError(problemFromBody(400, { title: 'There is a problem with what was sent', status: 400, errors: [{ path: 'reviewOn', message: 'The review date must be within a year' }] }));
    });
    const { user } = renderCase(`${casePath}/warnings/new?personId=${ids.lee}`, { addWarning });
    await fillWarning(user);
    await user.click(screen.getByRole('button', { name: 'Add the warning' }));
    await waitFor(() => expect(summaryLinks()).toEqual([['The review date must be within a year', '#reviewOn-day']]));
    expect(document.getElementById('reviewOn-error')?.textContent).toContain('The review date must be within a year');
  });

  it('sends the warning about the person chosen with an Idempotency-Key, resends the same key on retry, and confirms on the case', async () => {
    const addWarning = jest
      .fn<ReturnType<AddWarning>, Parameters<AddWarning>>()
      .mockRejectedValueOnce(new ApiError({ status: 503, title: 'Sorry, there is a problem with the service. Try again later' }))
      .mockResolvedValueOnce({ ...leeWarningView, warningType: 'aggressive-dog', warningTypeLabel: 'Aggressive dog' });
    const { user, location } = renderCase(`${casePath}/warnings/new?personId=${ids.lee}`, { addWarning });
    expect(((await screen.findByLabelText('Lee Adams')) as HTMLInputElement).checked).toBe(true);
    await fillWarning(user);
    await user.click(screen.getByRole('button', { name: 'Add the warning' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Sorry, there is a problem with the service. Try again later');

    await user.click(screen.getByRole('button', { name: 'Add the warning' }));
    await waitFor(() => expect(location.current?.pathname).toBe(casePath));
    expect(addWarning).toHaveBeenCalledTimes(2);
    const [personId, warning, key] = addWarning.mock.calls[0] ?? [];
    expect(personId).toBe(ids.lee);
    expect(warning).toEqual({ type: 'aggressive-dog', description: 'A large dog bit a visitor on 2 June. Ask for it to be shut away.', reviewOn: '2099-09-30', personTold: 'yes' });
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(addWarning.mock.calls[1]?.[2]).toBe(key);
    const banner = await screen.findByRole('alert', { name: 'Success' });
    expect(banner.textContent).toContain('Warning added for Lee Adams: Aggressive dog.');
  });
});

describe('Warnings on the case', () => {
  it('shows a warning awaiting sign-off with a tag, and one signed off with who and when', async () => {
    const signedOff = { ...leeWarning, id: ids.firstNote, warningTypeLabel: 'Aggressive dog', signedOff: { by: 'Tom Manager', at: '2025-06-03T08:05:00Z' } };
    renderCase(casePath, {}, { ...adamsCase, warnings: [leeWarning, signedOff] });
    const section = (await screen.findByRole('heading', { level: 2, name: 'Warnings for staff safety' })).closest('section') as HTMLElement;
    const [first, second] = within(section).getAllByRole('heading', { level: 3 }).map((heading) => heading.closest('.govuk-summary-card') as HTMLElement);
    expect(within(first as HTMLElement).getByText('Awaiting manager sign-off').className).toContain('govuk-tag--yellow');
    expect(second?.textContent).toContain('Signed off by Tom Manager on 3 June 2025');
    // The banner at the top says it too.
    const banner = screen.getByRole('region', { name: 'Warnings for staff safety (2)' });
    expect(within(banner).getByText('Awaiting manager sign-off')).toBeTruthy();
    // A key worker does not sign warnings off.
    expect(screen.queryByRole('button', { name: /Sign off/ })).toBeNull();
  });

  it('lets a manager sign off the version they read, then confirms it', async () => {
    const signOffWarning = jest.fn(async (_warningId: string, _version: number): Promise<WarningView> => ({ ...leeWarningView, signedOff: { by: 'Tom Manager', at: '2025-06-03T08:05:00Z' }, version: 2 }));
    const { user } = renderCase(casePath, { getStaffProfile: async () => teamManager, signOffWarning }, { ...adamsCase, permissions: { ...adamsCase.permissions, signOffWarnings: true }, warnings: [leeWarning] });
    await user.click(await screen.findByRole('button', { name: 'Sign off the warning on Lee Adams: Violence or threats' }));
    await waitFor(() => expect(signOffWarning).toHaveBeenCalledWith(ids.leeWarning, 1));
    expect((await screen.findByRole('alert', { name: 'Success' })).textContent).toContain('Warning signed off: Violence or threats for Lee Adams');
  });

  it('takes away the case note form’s old error summary once a warning is signed off', async () => {
    const signOffWarning = jest.fn(async (): Promise<WarningView> => ({ ...leeWarningView, signedOff: { by: 'Tom Manager', at: '2025-06-03T08:05:00Z' }, version: 2 }));
    const { user } = renderCase(casePath, { getStaffProfile: async () => teamManager, signOffWarning }, { ...adamsCase, permissions: { ...adamsCase.permissions, signOffWarnings: true }, warnings: [leeWarning] });
    await user.click(await screen.findByRole('button', { name: 'Save note' }));
    expect(screen.getByText('There is a problem')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Sign off the warning on Lee Adams: Violence or threats' }));
    expect((await screen.findByRole('alert', { name: 'Success' })).textContent).toContain('Warning signed off');
    // The success takes the old summary away as it renders (the page outcome settles in an effect).
    await waitFor(() => expect(screen.queryByText('There is a problem')).toBeNull());
    await waitFor(() => expect(document.title).toBe('Case – Childfirst'));
  });

  it('says why a sign-off was refused and shows the warnings as they are now', async () => {
    const getCase = jest.fn(async () => ({ ...adamsCase, permissions: { ...adamsCase.permissions, signOffWarnings: true }, warnings: [leeWarning] }));
    const signOffWarning = jest.fn(async (): Promise<WarningView> => {
      throw new ApiError({ status: 409, title: 'Changed since you opened it', detail: 'Kim Okafor changed this warning at 9:05am. Read it again before you sign it off.' });
    });
    const { user } = renderCase(casePath, { getStaffProfile: async () => teamManager, getCase, signOffWarning });
    await user.click(await screen.findByRole('button', { name: /Sign off/ }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Kim Okafor changed this warning at 9:05am. Read it again before you sign it off.');
    await waitFor(() => expect(getCase).toHaveBeenCalledTimes(2));
  });

  it('ends a warning with the reason, on the version read', async () => {
    const endWarning = jest.fn(async (_warningId: string, _version: number, _reason: string) => undefined);
    const { user, location } = renderCase(casePath, { endWarning }, { ...adamsCase, warnings: [leeWarning] });
    const end = await screen.findByRole('link', { name: 'End warning (Lee Adams: Violence or threats)' });
    expect(end.getAttribute('href')).toBe(`${casePath}/warnings/${ids.leeWarning}/end`);
    await user.click(end);

    expect(await screen.findByRole('heading', { level: 1, name: 'End a warning' })).toBeTruthy();
    await user.type(screen.getByLabelText('Why does the warning no longer apply?'), 'Moved');
    await user.click(screen.getByRole('button', { name: 'End the warning' }));
    expect(summaryLinks()).toEqual([['Say why the warning no longer applies, in at least 10 characters', '#reason']]);
    expect(endWarning).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('Why does the warning no longer apply?'), ' away: Lee no longer lives with the family.');
    await user.click(screen.getByRole('button', { name: 'End the warning' }));
    await waitFor(() => expect(location.current?.pathname).toBe(casePath));
    expect(endWarning).toHaveBeenCalledWith(ids.leeWarning, 1, 'Moved away: Lee no longer lives with the family.');
    expect((await screen.findByRole('alert', { name: 'Success' })).textContent).toContain('Warning ended: Violence or threats for Lee Adams');
  });
});
