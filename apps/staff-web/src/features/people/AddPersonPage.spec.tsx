import { ApiError, problemFromBody, ukDateOf } from '@childfirst/ui';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { NewPerson, PersonCreated, PossibleDuplicate } from '../../api/peopleTypes';
import type { StaffProfile } from '../../api/staffApi';
import { samAdams, searchHit } from '../../testing/recordFixtures';
import { keyWorker, renderStaffApp } from '../../testing/renderStaffApp';

/** A social worker: may see and add records. */
const editor: StaffProfile = { ...keyWorker, capabilities: ['record:view', 'case:write-notes', 'record:edit'] };

const newId = '0b8e6d52-3c1f-4e7a-9d55-7f3a1c2b4e60';
const samId = '5d0f1c7e-8a2b-4c3d-9e4f-0a1b2c3d4e5f';

const possibleSam: PossibleDuplicate = searchHit({ id: samId, givenName: 'Sam', familyName: 'Adams', dateOfBirth: '2019-03-27' }, { score: 0.93 });

type CreatePerson = (person: NewPerson, duplicatesReviewed: boolean, idempotencyKey: string) => Promise<PersonCreated>;

function duplicateProblem(detail: string, duplicates: PossibleDuplicate[]): ApiError {
  // Parsed the way the API client parses the real response body, extensions and all.
  return new ApiError(problemFromBody(409, { type: 'urn:childfirst:problem:possible-duplicate', title: 'This person may already have a record', status: 409, detail, duplicates }));
}

function renderAddPerson(createPerson: jest.Mock<ReturnType<CreatePerson>, Parameters<CreatePerson>>) {
  const view = renderStaffApp('/people/new', {
    getStaffProfile: async () => editor,
    createPerson,
    getPerson: async (id) => ({ ...samAdams, id }),
  });
  return { ...view, user: userEvent.setup() };
}

function isoDaysFromToday(days: number): string {
  const today = ukDateOf(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function typeDate(user: UserEvent, groupName: string, isoDate: string) {
  const group = screen.getByRole('group', { name: groupName });
  const [year, month, day] = isoDate.split('-');
  await user.type(within(group).getByLabelText('Day'), String(Number(day)));
  await user.type(within(group).getByLabelText('Month'), String(Number(month)));
  await user.type(within(group).getByLabelText('Year'), year ?? '');
}

async function fillRequired(user: UserEvent, { nhsNumber }: { nhsNumber?: string } = {}) {
  await user.type(await screen.findByLabelText('Given name'), 'Sam');
  await user.type(screen.getByLabelText('Family name'), 'Adams');
  await user.click(screen.getByLabelText('Born'));
  await typeDate(user, 'Date of birth', '2019-03-27');
  await user.click(screen.getByLabelText('Male'));
  await user.click(screen.getByLabelText('No'));
  if (nhsNumber) await user.type(screen.getByLabelText('NHS number (optional)'), nhsNumber);
}

function summaryLinks(): { text: string | null; href: string | null }[] {
  const summary = screen.getByRole('alert');
  return within(summary)
    .queryAllByRole('link')
    .map((link) => ({ text: link.textContent, href: link.getAttribute('href') }));
}

describe('Add a person', () => {
  it('is offered on Find a person only to people who may add records', async () => {
    renderStaffApp('/people', { getStaffProfile: async () => editor });
    expect((await screen.findByRole('link', { name: 'Add a person' })).getAttribute('href')).toBe('/people/new');
  });

  it('is not offered to people who may only view records', async () => {
    renderStaffApp('/people', { getStaffProfile: async () => keyWorker });
    await screen.findByRole('heading', { level: 1, name: 'Find a person' });
    expect(screen.queryByRole('link', { name: 'Add a person' })).toBeNull();
  });

  it('says what is missing with the API’s own messages, linked to each field, and sends nothing', async () => {
    const createPerson = jest.fn<ReturnType<CreatePerson>, Parameters<CreatePerson>>();
    const { user } = renderAddPerson(createPerson);
    await user.click(await screen.findByRole('button', { name: 'Add the person' }));

    expect(summaryLinks()).toEqual([
      { text: 'Enter a given name', href: '#givenName' },
      { text: 'Enter a family name', href: '#familyName' },
      { text: 'Select whether the person has been born yet', href: '#born' },
      { text: 'Select the person’s sex, or “not known”', href: '#sex' },
      { text: 'Say whether an interpreter is needed', href: '#interpreterNeeded' },
    ]);
    expect(document.getElementById('givenName-error')?.textContent).toContain('Enter a given name');
    await waitFor(() => expect(document.title).toBe('Error: Add a person – Childfirst'));
    expect(createPerson).not.toHaveBeenCalled();
  });

  it('checks NHS number, dates and a partly given address as the API would', async () => {
    const createPerson = jest.fn<ReturnType<CreatePerson>, Parameters<CreatePerson>>();
    const { user } = renderAddPerson(createPerson);
    await user.type(await screen.findByLabelText('Given name'), 'Sam');
    await user.type(screen.getByLabelText('Family name'), 'Adams');
    await user.click(screen.getByLabelText('Born'));
    await typeDate(user, 'Date of birth', isoDaysFromToday(3));
    await user.click(screen.getByLabelText('Male'));
    await user.click(screen.getByLabelText('No'));
    await user.type(screen.getByLabelText('NHS number (optional)'), '943 476 5918');
    await user.type(screen.getByLabelText('Address line 1'), '12 Station Road');
    await user.type(screen.getByLabelText('Postcode'), 'SG1');
    await user.click(screen.getByRole('button', { name: 'Add the person' }));

    expect(summaryLinks()).toEqual([
      { text: 'The date of birth must be today or in the past', href: '#dateOfBirth-day' },
      { text: 'Check the NHS number – one of the digits is wrong', href: '#nhsNumber' },
      { text: 'Enter the town or city', href: '#town' },
      { text: 'Enter a full UK postcode, like SG1 1AA', href: '#postcode' },
    ]);
    expect(createPerson).not.toHaveBeenCalled();
  });

  it('says which part of a date is missing and highlights only that part', async () => {
    const { user } = renderAddPerson(jest.fn());
    await user.click(await screen.findByLabelText('Born'));
    const group = screen.getByRole('group', { name: 'Date of birth' });
    await user.type(within(group).getByLabelText('Day'), '27');
    await user.type(within(group).getByLabelText('Year'), '2019');
    await user.click(screen.getByRole('button', { name: 'Add the person' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Date of birth must include a month' }).getAttribute('href')).toBe('#dateOfBirth-month');
    expect(within(group).getByLabelText('Month').className).toContain('govuk-input--error');
    expect(within(group).getByLabelText('Day').className).not.toContain('govuk-input--error');
  });

  it('takes an expected date of birth for a baby not born yet, and sends only the date for the answer given', async () => {
    const createPerson = jest.fn<ReturnType<CreatePerson>, Parameters<CreatePerson>>(async () => ({ id: newId }));
    const { user } = renderAddPerson(createPerson);
    await user.type(await screen.findByLabelText('Given name'), 'Baby');
    await user.type(screen.getByLabelText('Family name'), 'Adams');
    await user.click(screen.getByLabelText('Born'));
    const bornRadio = screen.getByLabelText('Born');
    expect(bornRadio.getAttribute('aria-controls')).toBe('conditional-born');
    expect(document.getElementById('conditional-born')?.className).not.toContain('--hidden');
    await typeDate(user, 'Date of birth', '2019-03-27');

    await user.click(screen.getByLabelText('Not born yet'));
    expect(document.getElementById('conditional-born')?.className).toContain('govuk-radios__conditional--hidden');
    expect(document.getElementById('conditional-born-2')?.className).not.toContain('--hidden');
    await user.click(screen.getByLabelText('Not known or indeterminate'));
    await user.click(screen.getByLabelText('No'));
    await user.click(screen.getByRole('button', { name: 'Add the person' }));
    // The schema's message, on the date the person was asked for.
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Enter the date of birth, or the expected date of birth for an unborn child' }).getAttribute('href')).toBe(
      '#expectedDateOfBirth-day',
    );

    const expected = isoDaysFromToday(60);
    await typeDate(user, 'Expected date of birth', expected);
    await user.click(screen.getByRole('button', { name: 'Add the person' }));
    await waitFor(() => expect(createPerson).toHaveBeenCalledTimes(1));
    const [person, duplicatesReviewed] = createPerson.mock.calls[0] ?? [];
    expect(person).toMatchObject({ name: { givenName: 'Baby', familyName: 'Adams' }, expectedDateOfBirth: expected, sex: 'U', interpreterNeeded: false, disabilities: [] });
    expect(person?.dateOfBirth).toBeUndefined();
    expect(duplicatesReviewed).toBe(false);
  });

  it('refuses an expected date of birth more than 42 weeks ahead', async () => {
    const { user } = renderAddPerson(jest.fn());
    await user.click(await screen.findByLabelText('Not born yet'));
    await typeDate(user, 'Expected date of birth', isoDaysFromToday(400));
    await user.click(screen.getByRole('button', { name: 'Add the person' }));
    expect(within(screen.getByRole('alert')).getByText('The expected date of birth must be within the next 42 weeks')).toBeTruthy();
  });

  it('makes “No disability” exclusive of the others', async () => {
    const { user } = renderAddPerson(jest.fn());
    const group = await screen.findByRole('group', { name: 'Disabilities (optional)' });
    const hearing = within(group).getByLabelText('Hearing') as HTMLInputElement;
    const vision = within(group).getByLabelText('Vision') as HTMLInputElement;
    const none = within(group).getByLabelText('No disability') as HTMLInputElement;
    await user.click(hearing);
    await user.click(vision);
    expect([hearing.checked, vision.checked, none.checked]).toEqual([true, true, false]);
    await user.click(none);
    expect([hearing.checked, vision.checked, none.checked]).toEqual([false, false, true]);
    await user.click(vision);
    expect([hearing.checked, vision.checked, none.checked]).toEqual([false, true, false]);
  });

  it('sends the person with an Idempotency-Key and opens the new record with a success banner', async () => {
    const createPerson = jest.fn<ReturnType<CreatePerson>, Parameters<CreatePerson>>(async () => ({ id: newId }));
    const { user, location } = renderAddPerson(createPerson);
    await fillRequired(user, { nhsNumber: '943-476-5919' });
    await user.selectOptions(screen.getByLabelText('Ethnicity (optional)'), 'WBRI');
    await user.selectOptions(screen.getByLabelText('First language (optional)'), 'POL');
    await user.click(screen.getByLabelText('Hearing'));
    await user.type(screen.getByLabelText('Address line 1'), '12 Station Road');
    await user.type(screen.getByLabelText('Town or city'), 'Stevenage');
    await user.type(screen.getByLabelText('Postcode'), 'sg11aa');
    await user.click(screen.getByRole('button', { name: 'Add the person' }));

    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('Person added');
    expect(location.current?.pathname).toBe(`/people/${newId}`);
    const [person, duplicatesReviewed, key] = createPerson.mock.calls[0] ?? [];
    expect(person).toEqual({
      name: { givenName: 'Sam', familyName: 'Adams' },
      dateOfBirth: '2019-03-27',
      sex: 'M',
      ethnicity: 'WBRI',
      firstLanguage: 'POL',
      interpreterNeeded: false,
      disabilities: ['HEAR'],
      nhsNumber: '9434765919',
      address: { line1: '12 Station Road', town: 'Stevenage', postcode: 'SG1 1AA' },
    });
    expect(duplicatesReviewed).toBe(false);
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('shows the possible duplicates, and adds the person anyway only once checked, with the same Idempotency-Key', async () => {
    const detail = 'A person with a similar name and the same date of birth already has a record. Check them; if this is someone else, confirm and create the record.';
    const createPerson = jest
      .fn<ReturnType<CreatePerson>, Parameters<CreatePerson>>()
      .mockRejectedValueOnce(duplicateProblem(detail, [{ ...possibleSam, nhsNumber: null, restricted: true }]))
      .mockResolvedValueOnce({ id: newId });
    const { user, location } = renderAddPerson(createPerson);
    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Add the person' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Check if this person already has a record' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByRole('region', { name: 'Important' }).textContent).toContain(detail);
    const table = screen.getByRole('table', { name: 'The record that may be the same person' });
    const [, row] = within(table).getAllByRole('row');
    const cells = within(row as HTMLElement).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells.slice(0, 4)).toEqual(['Sam Adams Restricted record', '27 March 2019', '12 Station Road, Stevenage, SG1 1AA', 'Not recorded']);
    expect(within(table).getByRole('link', { name: 'View record of Sam Adams' }).getAttribute('href')).toBe(`/people/${samId}`);
    expect(screen.getByRole('link', { name: 'This is one of these people – do not create a record' }).getAttribute('href')).toBe('/people');

    await user.click(screen.getByRole('button', { name: 'Add the person anyway' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Confirm that you have checked this is a different person' }).getAttribute('href')).toBe('#differentPerson');
    await waitFor(() => expect(document.title).toBe('Error: Check if the person already has a record – Childfirst'));
    expect(createPerson).toHaveBeenCalledTimes(1);

    await user.click(screen.getByLabelText('I have checked: this is a different person'));
    await user.click(screen.getByRole('button', { name: 'Add the person anyway' }));
    await waitFor(() => expect(location.current?.pathname).toBe(`/people/${newId}`));
    expect(createPerson).toHaveBeenCalledTimes(2);
    const [firstPerson, firstReviewed, firstKey] = createPerson.mock.calls[0] ?? [];
    const [secondPerson, secondReviewed, secondKey] = createPerson.mock.calls[1] ?? [];
    expect(firstReviewed).toBe(false);
    expect(secondReviewed).toBe(true);
    expect(secondPerson).toEqual(firstPerson);
    expect(secondKey).toBe(firstKey);
  });

  it('does not offer to add the person anyway when a record has the same NHS number', async () => {
    const detail = 'A record with NHS number 9434765919 already exists. Open that record instead of creating another.';
    const createPerson = jest.fn<ReturnType<CreatePerson>, Parameters<CreatePerson>>(async () => {
      throw duplicateProblem(detail, [possibleSam]);
    });
    const { user } = renderAddPerson(createPerson);
    await fillRequired(user, { nhsNumber: '943 476 5919' });
    await user.click(screen.getByRole('button', { name: 'Add the person' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'This person already has a record' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Important' }).textContent).toContain(detail);
    const table = screen.getByRole('table', { name: 'The record that may be the same person' });
    expect(within(table).getByText('943 476 5919')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add the person anyway' })).toBeNull();
    expect(screen.queryByLabelText('I have checked: this is a different person')).toBeNull();

    // Changing the details goes back to the form as it was filled in.
    await user.click(screen.getByRole('button', { name: 'Change the details' }));
    expect(((await screen.findByLabelText('NHS number (optional)')) as HTMLInputElement).value).toBe('943 476 5919');
  });

  it('puts the API’s field errors on the fields they are about', async () => {
    const createPerson = jest.fn<ReturnType<CreatePerson>, Parameters<CreatePerson>>(async () => {
      throw new ApiError({
        status: 400,
        title: 'There is a problem with what was sent',
        errors: [
          { path: 'person.name.givenName', message: 'Given name must be 100 characters or fewer' },
          { path: 'dateOfBirth', message: 'The date of birth must be within the last 120 years' },
        ],
      });
    });
    const { user } = renderAddPerson(createPerson);
    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Add the person' }));

    await waitFor(() =>
      expect(summaryLinks()).toEqual([
        { text: 'Given name must be 100 characters or fewer', href: '#givenName' },
        { text: 'The date of birth must be within the last 120 years', href: '#dateOfBirth-day' },
      ]),
    );
    expect(document.getElementById('givenName-error')?.textContent).toContain('Given name must be 100 characters or fewer');
  });

  it('says when the service could not add the person, keeping what was entered', async () => {
    const createPerson = jest.fn<ReturnType<CreatePerson>, Parameters<CreatePerson>>(async () => {
      throw new ApiError({ status: 503, title: 'Sorry, there is a problem with the service. Try again later' });
    });
    const { user } = renderAddPerson(createPerson);
    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Add the person' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Sorry, there is a problem with the service. Try again later');
    expect(summary.textContent).toContain('The person has not been added. Try again.');
    expect((screen.getByLabelText('Given name') as HTMLInputElement).value).toBe('Sam');
  });

  it('tells someone who may not add records that they cannot', async () => {
    renderStaffApp('/people/new', { getStaffProfile: async () => keyWorker });
    expect(await screen.findByRole('heading', { level: 1, name: /You do not have access/ })).toBeTruthy();
  });
});
