import { ApiError, problemFromBody } from '@childfirst/ui';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PersonChange, PersonRecord } from '../../api/peopleTypes';
import type { StaffProfile } from '../../api/staffApi';
import { draftSaveDelayMs } from '../../forms/localDraft';
import { samAdams } from '../../testing/recordFixtures';
import { keyWorker, renderStaffApp, teamManager } from '../../testing/renderStaffApp';
import { personEditDraftKey, type PersonEditDraft } from './personEditDraft';
import { personFormValuesOf } from './personEditForm';

/** A key worker who may change records. */
const editor: StaffProfile = { ...keyWorker, capabilities: ['record:view', 'case:write-notes', 'record:edit'] };
const path = `/people/${samAdams.id}/edit`;
// The signed-in test user's Keycloak subject (renderStaffApp).
const draftKey = (version: number) => personEditDraftKey('u1', samAdams.id, version);

type UpdatePerson = (personId: string, change: PersonChange) => Promise<PersonRecord>;

function renderEdit(updatePerson: jest.Mock<ReturnType<UpdatePerson>, Parameters<UpdatePerson>>, getPerson = jest.fn(async (_id: string) => samAdams)) {
  const view = renderStaffApp(path, { getStaffProfile: async () => editor, getPerson, updatePerson });
  return { ...view, getPerson, user: userEvent.setup() };
}

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .queryAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);
}

function input(label: string): HTMLInputElement {
  return screen.getByLabelText(label) as HTMLInputElement;
}

const staleEdit = () =>
  new ApiError(
    problemFromBody(409, {
      type: 'urn:childfirst:problem:person-changed-since-viewed',
      title: 'Changed since you opened it',
      status: 409,
      detail: 'Someone changed this record since you opened it (it is now version 4, you edited version 3). Your changes were not saved.',
      currentVersion: 4,
      changes: [{ version: 4, changedAt: '2025-06-03T08:05:00Z', changedBy: 'Tom Manager', fields: ['Date of birth', 'Religion', 'NHS number'] }],
    }),
  );

describe('Changing a person’s details', () => {
  beforeEach(() => window.localStorage.clear());

  it('is offered on the record only to people who may change records', async () => {
    renderStaffApp(`/people/${samAdams.id}`, { getStaffProfile: async () => editor, getPerson: async () => samAdams });
    expect((await screen.findByRole('link', { name: 'Change details (Record)' })).getAttribute('href')).toBe(path);
    cleanup();
    renderStaffApp(`/people/${samAdams.id}`, { getStaffProfile: async () => teamManager, getPerson: async () => samAdams });
    await screen.findByRole('heading', { level: 1, name: 'Sam Robert Adams' });
    expect(screen.queryByRole('link', { name: /Change details/ })).toBeNull();
  });

  it('shows the record’s details and sends only what changed, with the version, then confirms on the record', async () => {
    const updatePerson = jest.fn<ReturnType<UpdatePerson>, Parameters<UpdatePerson>>(async () => ({ ...samAdams, familyName: 'Adams-Jones', ethnicity: null, ethnicityLabel: null, version: 4 }));
    const { user, location } = renderEdit(updatePerson);
    expect(((await screen.findByLabelText('Given name')) as HTMLInputElement).value).toBe('Sam');
    expect(screen.getByRole('heading', { level: 1, name: 'Change details' })).toBeTruthy();
    expect(input('Day').value).toBe('4');
    expect((screen.getByLabelText('Ethnicity (optional)') as HTMLSelectElement).value).toBe('WBRI');
    expect(input('NHS number (optional)').value).toBe('9434765919');
    // A date of birth is recorded: no "has the person been born?".
    expect(screen.queryByRole('group', { name: 'Has the person been born?' })).toBeNull();

    await user.clear(input('Family name'));
    await user.type(input('Family name'), 'Adams-Jones');
    await user.selectOptions(screen.getByLabelText('Ethnicity (optional)'), '');
    // Typed differently, the same NHS number is not a change.
    await user.clear(input('NHS number (optional)'));
    await user.type(input('NHS number (optional)'), '943 476 5919');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(location.current?.pathname).toBe(`/people/${samAdams.id}`));
    expect(updatePerson).toHaveBeenCalledWith(samAdams.id, {
      name: { givenName: 'Sam', middleNames: 'Robert', familyName: 'Adams-Jones', preferredName: 'Sammy' },
      ethnicity: null,
      version: 3,
    });
    expect((await screen.findByRole('alert', { name: 'Success' })).textContent).toContain('Details changed');
    expect(window.localStorage.getItem(draftKey(3))).toBeNull();
  });

  it('checks the changes with the API’s messages, and says when nothing changed', async () => {
    const updatePerson = jest.fn<ReturnType<UpdatePerson>, Parameters<UpdatePerson>>();
    const { user } = renderEdit(updatePerson);
    await user.click(await screen.findByRole('button', { name: 'Save changes' }));
    expect(within(screen.getByRole('alert')).getByText('You have not changed anything. Change a detail, or go back to the record.')).toBeTruthy();

    await user.clear(input('Given name'));
    await user.clear(input('Year'));
    await user.clear(input('NHS number (optional)'));
    await user.type(input('NHS number (optional)'), '943 476 5918');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(summaryLinks()).toEqual([
      ['Enter a given name', '#givenName'],
      ['Date of birth must include a year', '#dateOfBirth-year'],
      ['Check the NHS number – one of the digits is wrong', '#nhsNumber'],
    ]);
    await waitFor(() => expect(document.title).toBe('Error: Change details – Childfirst'));
    expect(updatePerson).not.toHaveBeenCalled();
  });

  it('shows the API’s field errors on their fields', async () => {
    const updatePerson = jest.fn<ReturnType<UpdatePerson>, Parameters<UpdatePerson>>(async () => {
      throw new ApiError(problemFromBody(400, { title: 'There is a problem with the person’s details', status: 400, errors: [{ path: 'upn', message: 'Another record has this UPN' }] }));
    });
    const { user } = renderEdit(updatePerson);
    await user.clear(await screen.findByLabelText('Unique pupil number (UPN) (optional)'));
    await user.type(input('Unique pupil number (UPN) (optional)'), 'H919123421001');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(summaryLinks()).toEqual([['Another record has this UPN', '#upn']]));
  });

  it('on a stale edit, says what changed since, keeps what was typed, and reloads the record keeping the changes', async () => {
    const changedMeanwhile: PersonRecord = { ...samAdams, dateOfBirth: '2015-03-05', religion: 'christian', religionLabel: 'Christian', nhsNumber: null, version: 4 };
    const getPerson = jest.fn<Promise<PersonRecord>, [string]>().mockResolvedValueOnce(samAdams).mockResolvedValue(changedMeanwhile);
    const updatePerson = jest.fn<ReturnType<UpdatePerson>, Parameters<UpdatePerson>>().mockRejectedValueOnce(staleEdit()).mockResolvedValueOnce({ ...changedMeanwhile, version: 5 });
    const { user, location } = renderEdit(updatePerson, getPerson);
    await user.clear(await screen.findByLabelText('Family name'));
    await user.type(input('Family name'), 'Adams-Jones');
    await user.click(screen.getByLabelText('Yes'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { level: 2 }).textContent).toBe('Changed since you opened it');
    expect(summary.textContent).toContain('Someone changed this record since you opened it (it is now version 4, you edited version 3). Your changes were not saved.');
    expect(summary.textContent).toContain('Since you opened this record:');
    expect(within(summary).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Tom Manager changed date of birth, religion and NHS number at 9:05am on 3 June 2025']);
    expect(document.activeElement).toBe(summary.parentElement);
    expect(input('Family name').value).toBe('Adams-Jones');
    expect(updatePerson.mock.calls[0]?.[1]).toMatchObject({ version: 3, interpreterNeeded: true });

    await user.click(screen.getByRole('button', { name: 'Reload the record and keep my changes' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The record has been reloaded with the latest changes. Your changes are kept');
    expect(getPerson).toHaveBeenCalledTimes(2);
    // Their changes are shown; mine are kept.
    expect(input('Day').value).toBe('5');
    expect((screen.getByLabelText('Religion (optional)') as HTMLSelectElement).value).toBe('christian');
    expect(input('NHS number (optional)').value).toBe('');
    expect(input('Family name').value).toBe('Adams-Jones');
    expect((screen.getByLabelText('Yes') as HTMLInputElement).checked).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(location.current?.pathname).toBe(`/people/${samAdams.id}`));
    expect(updatePerson.mock.calls[1]?.[1]).toEqual({
      name: { givenName: 'Sam', middleNames: 'Robert', familyName: 'Adams-Jones', preferredName: 'Sammy' },
      interpreterNeeded: true,
      version: 4,
    });
  });

  it('keeps a draft of the changes in this browser and restores it when the page is opened again', async () => {
    const { user } = renderEdit(jest.fn());
    await user.clear(await screen.findByLabelText('Preferred name (optional)'));
    await user.type(input('Preferred name (optional)'), 'Sammie');
    await waitFor(() => expect(window.localStorage.getItem(draftKey(3))).not.toBeNull(), { timeout: draftSaveDelayMs + 2000 });
    expect(screen.getByText(/^Your changes were kept in this browser at .+\. They are not saved to the record yet\.$/).getAttribute('aria-live')).toBe('polite');
    cleanup();

    renderEdit(jest.fn());
    expect(((await screen.findByLabelText('Preferred name (optional)')) as HTMLInputElement).value).toBe('Sammie');
    const banner = screen.getByRole('region', { name: 'Important' });
    expect(banner.textContent).toContain('We restored your unsaved changes');
  });

  it('restores changes made on an earlier version, and sends them on that version so the API says what changed', async () => {
    const values = personFormValuesOf(samAdams);
    const draft: PersonEditDraft = { version: 2, baseline: values, values: { ...values, upn: 'H919123421001' }, savedAt: '2025-06-02T15:00:00.000Z' };
    window.localStorage.setItem(draftKey(2), JSON.stringify(draft));
    const updatePerson = jest.fn<ReturnType<UpdatePerson>, Parameters<UpdatePerson>>().mockRejectedValueOnce(staleEdit());
    const { user } = renderEdit(updatePerson);
    expect((await screen.findByRole('region', { name: 'Important' })).textContent).toContain('Someone has changed the record since');
    expect(input('Unique pupil number (UPN) (optional)').value).toBe('H919123421001');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(updatePerson).toHaveBeenCalledWith(samAdams.id, { upn: 'H919123421001', version: 2 }));
    expect(await screen.findByRole('button', { name: 'Reload the record and keep my changes' })).toBeTruthy();
  });

  it('discards a restored draft when asked', async () => {
    const values = personFormValuesOf(samAdams);
    window.localStorage.setItem(draftKey(3), JSON.stringify({ version: 3, baseline: values, values: { ...values, givenName: 'Samuel' }, savedAt: '2025-06-02T15:00:00.000Z' }));
    const { user } = renderEdit(jest.fn());
    expect(((await screen.findByLabelText('Given name')) as HTMLInputElement).value).toBe('Samuel');
    await user.click(screen.getByRole('button', { name: 'Discard my changes' }));
    expect(input('Given name').value).toBe('Sam');
    expect(window.localStorage.getItem(draftKey(3))).toBeNull();
    expect(screen.queryByRole('region', { name: 'Important' })).toBeNull();
  });
});
