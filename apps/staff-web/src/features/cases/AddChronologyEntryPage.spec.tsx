import { ApiError, problemFromBody } from '@childfirst/ui';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ChronologyEntry, NewChronologyEntry } from '../../api/casesTypes';
import { adamsCase, adamsChronology, ids, noPermissions } from '../../testing/recordFixtures';
import { keyWorker, renderStaffApp } from '../../testing/renderStaffApp';

const casePath = `/cases/${adamsCase.id}`;
const path = `${casePath}/chronology/new`;
type AddEntry = (caseId: string, entry: NewChronologyEntry, idempotencyKey: string) => Promise<ChronologyEntry>;

const added: ChronologyEntry = {
  id: ids.visitEntry,
  occurredAt: '2025-02-01T09:30:00.000Z',
  agency: 'social-care',
  agencyLabel: 'Social care',
  eventType: 'strategy-discussion',
  eventLabel: 'Strategy discussion',
  summary: 'Strategy discussion with police and health.',
  source: 'curated',
  recordedBy: 'Kim Okafor',
  personName: 'Sam Adams',
};

function renderAdd(addChronologyEntry: jest.Mock<ReturnType<AddEntry>, Parameters<AddEntry>>, workspace = adamsCase) {
  const view = renderStaffApp(path, { getStaffProfile: async () => keyWorker, getCase: async () => workspace, getChronology: async () => adamsChronology, listCaseNotes: async () => [], addChronologyEntry });
  return { ...view, user: userEvent.setup() };
}

async function fillEntry(user: UserEvent) {
  const date = await screen.findByRole('group', { name: 'Date it happened' });
  await user.type(within(date).getByLabelText('Day'), '1');
  await user.type(within(date).getByLabelText('Month'), '2');
  await user.type(within(date).getByLabelText('Year'), '2025');
  await user.type(screen.getByLabelText('Time it happened'), '9:30am');
  await user.selectOptions(screen.getByLabelText('Kind of event'), 'strategy-discussion');
  await user.click(screen.getByLabelText('Sam Adams'));
  await user.type(screen.getByLabelText('What happened'), 'Strategy discussion with police and health.');
  await user.click(screen.getByLabelText('Standard'));
}

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .queryAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);
}

describe('Adding an event to the chronology', () => {
  it('is offered in the chronology to people who may write to the case, and not to others', async () => {
    renderStaffApp(casePath, { getStaffProfile: async () => keyWorker, getCase: async () => adamsCase, getChronology: async () => adamsChronology, listCaseNotes: async () => [] });
    expect((await screen.findByRole('link', { name: 'Add an event to the chronology' })).getAttribute('href')).toBe(path);
  });

  it('is refused to someone the case does not let write', async () => {
    renderAdd(jest.fn(), { ...adamsCase, permissions: noPermissions });
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to add to the chronology of this case' })).toBeTruthy();
  });

  it('offers only the kinds of event people record, and whom it is about, or the whole family', async () => {
    renderAdd(jest.fn());
    const kinds = within(await screen.findByLabelText('Kind of event')).getAllByRole('option').map((option) => option.textContent);
    expect(kinds[0]).toBe('Choose the kind of event');
    expect(kinds).toContain('Strategy discussion');
    expect(kinds).not.toContain('Case note');
    expect(kinds).not.toContain('Referral received');
    const about = screen.getByRole('group', { name: 'Who is it about?' });
    expect(within(about).getAllByRole('radio').map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent)).toEqual(['Jo Adams', 'Lee Adams', 'Sam Adams', 'The whole family']);
  });

  it('says what is missing, linked to each field, and refuses a date in the future', async () => {
    const addChronologyEntry = jest.fn<ReturnType<AddEntry>, Parameters<AddEntry>>();
    const { user } = renderAdd(addChronologyEntry);
    const date = await screen.findByRole('group', { name: 'Date it happened' });
    await user.type(within(date).getByLabelText('Day'), '1');
    await user.type(within(date).getByLabelText('Month'), '1');
    await user.type(within(date).getByLabelText('Year'), '2099');
    await user.click(screen.getByRole('button', { name: 'Add the event' }));
    expect(summaryLinks()).toEqual([
      ['The date it happened must be today or in the past', '#occurredOn-day'],
      ['Enter the time it happened, like 9:30am or 14:30', '#occurredTime'],
      ['Select the kind of event', '#eventType'],
      ['Choose who it is about, or the whole family', '#about'],
      ['Say what happened in at least 5 characters', '#summary'],
      ['Select how sensitive this is', '#sensitivity'],
    ]);
    await waitFor(() => expect(document.title).toBe('Error: Add an event to the chronology – Childfirst'));
    expect(addChronologyEntry).not.toHaveBeenCalled();
  });

  it('shows the API’s field errors on the fields the person filled in', async () => {
    const addChronologyEntry = jest.fn<ReturnType<AddEntry>, Parameters<AddEntry>>(async () => {
      throw new ApiError(problemFromBody(400, { title: 'There is a problem with what was sent', status: 400, errors: [{ path: 'occurredAt', message: 'The event must be after the case was opened' }] }));
    });
    const { user } = renderAdd(addChronologyEntry);
    await fillEntry(user);
    await user.click(screen.getByRole('button', { name: 'Add the event' }));
    await waitFor(() => expect(summaryLinks()).toEqual([['The event must be after the case was opened', '#occurredOn-day']]));
  });

  it('sends the event in UK time with an Idempotency-Key and confirms it on the case', async () => {
    const addChronologyEntry = jest.fn<ReturnType<AddEntry>, Parameters<AddEntry>>(async () => added);
    const { user, location } = renderAdd(addChronologyEntry);
    await fillEntry(user);
    await user.click(screen.getByRole('button', { name: 'Add the event' }));
    await waitFor(() => expect(location.current?.pathname).toBe(casePath));
    const [caseId, entry, key] = addChronologyEntry.mock.calls[0] ?? [];
    expect(caseId).toBe(adamsCase.id);
    expect(entry).toEqual({ occurredAt: '2025-02-01T09:30:00.000Z', eventType: 'strategy-discussion', summary: 'Strategy discussion with police and health.', personId: ids.sam, sensitivity: 'standard' });
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect((await screen.findByRole('alert', { name: 'Success' })).textContent).toContain('Event added to the chronology: Strategy discussion');
  });
});
