import { unstorableTextMessage } from '@childfirst/domain/text';
import { ApiError } from '@childfirst/ui';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseNote, NewCaseNote } from '../../api/casesTypes';
import { keyWorker, renderStaffApp } from '../../testing/renderStaffApp';
import { adamsCase, adamsChronology, firstNote, ids } from '../../testing/recordFixtures';
import { caseNoteDraftKey, draftSaveDelayMs, type CaseNoteDraft } from './caseNoteDraft';

const casePath = `/cases/${adamsCase.id}`;
// The signed-in test user's Keycloak subject (renderStaffApp).
const draftKey = caseNoteDraftKey(adamsCase.id, 'u1');

function storedDraft(): CaseNoteDraft | null {
  const stored = window.localStorage.getItem(draftKey);
  return stored ? (JSON.parse(stored) as CaseNoteDraft) : null;
}

/** A fake API that, like the real one, lists the notes it has been sent. */
function renderNotes(
  addCaseNote = jest.fn(async (_caseId: string, note: NewCaseNote, _key: string): Promise<CaseNote> => ({
    ...firstNote,
    id: 'note-2',
    noteType: note.noteType,
    noteTypeLabel: 'Home visit',
    body: note.body,
    occurredAt: note.occurredAt,
  })),
) {
  const notes: CaseNote[] = [firstNote];
  renderStaffApp(casePath, {
    getStaffProfile: async () => keyWorker,
    getCase: async () => adamsCase,
    getChronology: async () => adamsChronology,
    listCaseNotes: async () => [...notes],
    addCaseNote: async (...args) => {
      const added = await addCaseNote(...args);
      notes.push(added);
      return added;
    },
  });
  return { addCaseNote, user: userEvent.setup() };
}

async function fillInNote(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByLabelText('Home visit'));
  await user.type(screen.getByLabelText('Note'), 'Visited the family at home. Sam was at school.');
  await user.click(screen.getByLabelText('Standard'));
}

describe('Adding a case note', () => {
  beforeEach(() => window.localStorage.clear());

  it('checks the note before sending it', async () => {
    const { addCaseNote, user } = renderNotes();
    await user.clear(await screen.findByLabelText('Year'));
    await user.click(screen.getByRole('button', { name: 'Save note' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Select the type of note', '#noteType'],
      ['The date it happened must include a year', '#occurredOn-year'],
      ['Enter the note', '#body'],
      ['Select who can read the note', '#sensitivity'],
    ]);
    await waitFor(() => expect(document.title).toBe('Error: Case – Childfirst'));
    expect(addCaseNote).not.toHaveBeenCalled();
  });

  it('refuses a note with an invisible or broken character pasted into it, with the API’s message', async () => {
    const { addCaseNote, user } = renderNotes();
    await user.click(await screen.findByLabelText('Home visit'));
    await user.click(screen.getByLabelText('Note'));
    await user.paste('Visited the family at home.\u0000');
    await user.click(screen.getByLabelText('Standard'));
    await user.click(screen.getByRole('button', { name: 'Save note' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([[unstorableTextMessage, '#body']]);
    expect(addCaseNote).not.toHaveBeenCalled();
  });

  it('saves a draft in this browser as the note is typed, and says when', async () => {
    const { user } = renderNotes();
    await fillInNote(user);

    const status = await screen.findByText(/^Draft saved at \d{1,2}(:\d{2})?(am|pm)$|^Draft saved at (midday|midnight)$/, {}, { timeout: draftSaveDelayMs + 2000 });
    expect(status.getAttribute('role')).toBe('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    const draft = storedDraft();
    expect(draft?.values).toMatchObject({ noteType: 'home-visit', body: 'Visited the family at home. Sam was at school.', sensitivity: 'standard' });
    expect(draft?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('restores the draft when the person comes back to the case', async () => {
    const savedAt = new Date().toISOString();
    const draft: CaseNoteDraft = {
      values: { noteType: 'phone-call', occurredOn: { day: '2', month: '6', year: '2025' }, body: 'Half written note', sensitivity: 'third-party', personIds: [ids.sam] },
      idempotencyKey: '6f1c2c8e-1d2b-4b7a-9a51-3c3e0f3b9e11',
      savedAt,
    };
    window.localStorage.setItem(draftKey, JSON.stringify(draft));
    // A draft of another case is not this case's.
    window.localStorage.setItem(caseNoteDraftKey('another-case', 'u1'), JSON.stringify({ ...draft, values: { ...draft.values, body: 'Other case' } }));
    renderNotes();

    expect(((await screen.findByLabelText('Note')) as HTMLTextAreaElement).value).toBe('Half written note');
    expect((screen.getByLabelText('Phone call') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Third-party information') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Sam Adams') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Day') as HTMLInputElement).value).toBe('2');
    expect(screen.getByText(/^Your draft saved at .+ has been restored$/)).toBeTruthy();
  });

  it('sends the note with an idempotency key, lists it, and clears the draft', async () => {
    const { addCaseNote, user } = renderNotes();
    await fillInNote(user);
    await user.click(await screen.findByLabelText('Sam Adams'));
    await waitFor(() => expect(storedDraft()).not.toBeNull(), { timeout: draftSaveDelayMs + 2000 });
    const keyInDraft = storedDraft()?.idempotencyKey;

    await user.click(screen.getByRole('button', { name: 'Save note' }));

    await waitFor(() => expect(addCaseNote).toHaveBeenCalledTimes(1));
    const [caseId, note, idempotencyKey] = addCaseNote.mock.calls[0] ?? [];
    expect(caseId).toBe(adamsCase.id);
    expect(note).toMatchObject({ noteType: 'home-visit', body: 'Visited the family at home. Sam was at school.', sensitivity: 'standard', personIds: [ids.sam] });
    expect(new Date(note?.occurredAt ?? '').getTime()).not.toBeNaN();
    expect(idempotencyKey).toBe(keyInDraft);

    expect(await screen.findByRole('alert', { name: 'Success' })).toBeTruthy();
    const notes = screen.getByRole('list', { name: 'Case notes, newest first' });
    expect(within(notes).getByText('Visited the family at home. Sam was at school.')).toBeTruthy();
    expect(storedDraft()).toBeNull();
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('');
    // Nothing typed since: no new draft appears.
    await act(() => new Promise((resolve) => setTimeout(resolve, draftSaveDelayMs + 200)));
    expect(storedDraft()).toBeNull();
  });

  it('keeps the draft and its idempotency key when the note cannot be saved, so trying again records it once', async () => {
    const addCaseNote = jest
      .fn<Promise<CaseNote>, [string, NewCaseNote, string]>()
      .mockRejectedValueOnce(new ApiError({ status: 503, title: 'Sorry, there is a problem with the service. Try again later' }))
      .mockResolvedValue({ ...firstNote, id: 'note-2' });
    const { user } = renderNotes(addCaseNote);
    await fillInNote(user);
    await user.click(screen.getByRole('button', { name: 'Save note' }));

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Sorry, there is a problem with the service. Try again later');
    await waitFor(() => expect(storedDraft()).not.toBeNull(), { timeout: draftSaveDelayMs + 2000 });

    await user.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(addCaseNote).toHaveBeenCalledTimes(2));
    expect(addCaseNote.mock.calls[0]?.[2]).toBe(addCaseNote.mock.calls[1]?.[2]);
  });

  it('saves a draft at once if the person leaves before the pause', async () => {
    const { user } = renderNotes();
    await user.type(await screen.findByLabelText('Note'), 'Leaving now');
    cleanup();
    expect(storedDraft()?.values.body).toBe('Leaving now');
  });
});
