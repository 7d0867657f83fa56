import { ApiError } from '@childfirst/ui';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PersonMerge, PersonRecord, PersonSearchCriteria, PersonSearchResult } from '../../api/peopleTypes';
import type { StaffProfile } from '../../api/staffApi';
import { samAdams, searchHit } from '../../testing/recordFixtures';
import { keyWorker, renderStaffApp, teamManager } from '../../testing/renderStaffApp';

const manager: StaffProfile = { ...teamManager, capabilities: [...teamManager.capabilities, 'record:edit', 'record:merge'] };

const robynId = '1f2e3d4c-5b6a-4789-8a7b-6c5d4e3f2a10';
const samId = '5d0f1c7e-8a2b-4c3d-9e4f-0a1b2c3d4e5f';

const robyn: PersonRecord = { ...samAdams, id: robynId, givenName: 'Robyn', middleNames: null, familyName: 'Quinnell', preferredName: null, aliases: [], nhsNumber: null };
const sam: PersonRecord = { ...samAdams, id: samId };
const reason = 'Same NHS number; mother confirmed Robyn is Sam’s previous name.';
const samAfterMerge: PersonRecord = {
  ...sam,
  aliases: [...sam.aliases, { aliasType: 'merged-record', givenName: 'Robyn', familyName: 'Quinnell' }],
  merges: [{ personId: robynId, mergedAt: '2025-06-03T08:05:00Z', mergedBy: 'Tom Manager', reason }],
};

const hit = (person: PersonRecord): PersonSearchResult => searchHit(person, { nhsNumber: person.nhsNumber });

function renderMerge(mergePerson: jest.Mock<Promise<PersonRecord>, [string, PersonMerge]>) {
  const searchPeople = jest.fn(async (_criteria: PersonSearchCriteria) => [hit(robyn), hit(sam)]);
  const view = renderStaffApp(`/people/${robynId}/merge`, {
    getStaffProfile: async () => manager,
    getPerson: async (id) => (id === samId ? samAfterMerge : robyn),
    searchPeople,
    mergePerson,
  });
  return { ...view, searchPeople, user: userEvent.setup() };
}

async function searchForSam(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('Name'), 'Sam Adams');
  await user.click(screen.getByRole('button', { name: 'Search' }));
  return screen.findByRole('group', { name: 'Choose the record to keep (1 found)' });
}

describe('Merge records', () => {
  it('is offered on the person page only to people who may merge records', async () => {
    renderStaffApp(`/people/${robynId}`, { getStaffProfile: async () => manager, getPerson: async () => robyn });
    expect((await screen.findByRole('link', { name: 'Merge this record into another' })).getAttribute('href')).toBe(`/people/${robynId}/merge`);
  });

  it('is not offered to a key worker', async () => {
    renderStaffApp(`/people/${robynId}`, { getStaffProfile: async () => keyWorker, getPerson: async () => robyn });
    await screen.findByRole('heading', { level: 1, name: 'Robyn Quinnell' });
    expect(screen.queryByRole('link', { name: 'Merge this record into another' })).toBeNull();
  });

  it('finds the record to keep, leaving out this one, and asks for it and a reason before merging', async () => {
    const mergePerson = jest.fn<Promise<PersonRecord>, [string, PersonMerge]>();
    const { user, searchPeople } = renderMerge(mergePerson);
    expect(await screen.findByRole('heading', { level: 1, name: 'Merge this record into another' })).toBeTruthy();
    const choices = await searchForSam(user);
    expect(searchPeople).toHaveBeenCalledWith({ name: 'Sam Adams', purpose: 'merging-records' });
    expect(within(choices).getAllByRole('radio')).toHaveLength(1);
    expect(within(choices).getByText('Born 4 March 2015. NHS number: 943 476 5919. Address: 12 Station Road, Stevenage, SG1 1AA.')).toBeTruthy();
    expect(screen.getByText(/Both records are kept\. This record will be shown as part of the record you keep, and will no longer appear in searches\./)).toBeTruthy();

    await user.type(screen.getByLabelText('Why are these the same person?'), 'Same');
    await user.click(screen.getByRole('button', { name: 'Merge records' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Choose the record to keep', '#intoPersonId'],
      ['Say why these are the same person, in at least 10 characters', '#reason'],
    ]);
    await waitFor(() => expect(document.title).toBe('Error: Merge records – Childfirst'));
    expect(mergePerson).not.toHaveBeenCalled();
  });

  it('merges into the chosen record and opens it with a banner, its names and the merge shown', async () => {
    const mergePerson = jest.fn<Promise<PersonRecord>, [string, PersonMerge]>(async () => samAfterMerge);
    const { user, location } = renderMerge(mergePerson);
    const choices = await searchForSam(user);
    await user.click(within(choices).getByLabelText('Sam Adams'));
    await user.type(screen.getByLabelText('Why are these the same person?'), reason);
    await user.click(screen.getByRole('button', { name: 'Merge records' }));

    await waitFor(() => expect(location.current?.pathname).toBe(`/people/${samId}`));
    expect(mergePerson).toHaveBeenCalledWith(robynId, { intoPersonId: samId, reason });
    expect((await screen.findByRole('alert')).textContent).toContain('Records merged');
    expect(screen.getByText('Merged record: Robyn Quinnell')).toBeTruthy();
    const merges = screen.getByRole('table', { name: 'Merged records' });
    expect(within(merges).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['3 June 2025 at 9:05am', 'Tom Manager', reason]);
  });

  it('shows why the API refused the merge', async () => {
    const mergePerson = jest.fn<Promise<PersonRecord>, [string, PersonMerge]>(async () => {
      throw new ApiError({ status: 409, title: 'These records cannot be merged', detail: 'Sam Adams’s record has already been merged into another record.' });
    });
    const { user, location } = renderMerge(mergePerson);
    const choices = await searchForSam(user);
    await user.click(within(choices).getByLabelText('Sam Adams'));
    await user.type(screen.getByLabelText('Why are these the same person?'), reason);
    await user.click(screen.getByRole('button', { name: 'Merge records' }));

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('These records cannot be merged');
    expect(summary.textContent).toContain('Sam Adams’s record has already been merged into another record.');
    expect(location.current?.pathname).toBe(`/people/${robynId}/merge`);
  });

  it('says when no other record is found', async () => {
    const mergePerson = jest.fn<Promise<PersonRecord>, [string, PersonMerge]>();
    renderStaffApp(`/people/${robynId}/merge`, {
      getStaffProfile: async () => manager,
      getPerson: async () => robyn,
      searchPeople: async () => [hit(robyn)],
      mergePerson,
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Name'), 'Robyn');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('No other records were found. Check the details, or search with fewer of them.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Merge records' })).toBeNull();
  });

  it('tells a key worker they cannot merge records', async () => {
    renderStaffApp(`/people/${robynId}/merge`, { getStaffProfile: async () => keyWorker });
    expect(await screen.findByRole('heading', { level: 1, name: /You do not have access/ })).toBeTruthy();
  });
});
