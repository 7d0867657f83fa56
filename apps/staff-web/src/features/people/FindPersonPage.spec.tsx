import { unstorableTextMessage } from '@childfirst/domain/text';
import type { PersonSearchCriteria, PersonSearchResult } from '../../api/peopleTypes';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { identityOnly, searchHit } from '../../testing/recordFixtures';
import { keyWorker, renderStaffApp } from '../../testing/renderStaffApp';

const sam: PersonSearchResult = searchHit({ id: 'person-sam', givenName: 'Sam', familyName: 'Adams', dateOfBirth: '2015-03-04' }, { score: 0.92 });

function renderSearch(searchPeople = jest.fn(async (_criteria: PersonSearchCriteria) => [sam])) {
  renderStaffApp('/people', { getStaffProfile: async () => keyWorker, searchPeople });
  return { searchPeople, user: userEvent.setup() };
}

/** Every search says why: the purpose is recorded with it. */
async function chooseWhy(user: ReturnType<typeof userEvent.setup>, why = 'Checking before a visit') {
  await user.click(screen.getByRole('radio', { name: why }));
}

describe('Find a person', () => {
  it('asks for at least one detail before searching', async () => {
    const { searchPeople, user } = renderSearch();
    await user.click(await screen.findByRole('button', { name: 'Search' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter a name, date of birth, NHS number or postcode' }).getAttribute('href')).toBe('#name');
    await waitFor(() => expect(document.title).toBe('Error: Find a person – Childfirst'));
    expect(searchPeople).not.toHaveBeenCalled();
  });

  it('refuses a name with an invisible or broken character pasted into it, with the API’s message', async () => {
    const { searchPeople, user } = renderSearch();
    await user.click(await screen.findByLabelText('Name'));
    await user.paste('Ad\u0000ams');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: unstorableTextMessage }).getAttribute('href')).toBe('#name');
    expect(searchPeople).not.toHaveBeenCalled();
  });

  it('says which part of the date of birth is missing, links to it and highlights only that part', async () => {
    const { searchPeople, user } = renderSearch();
    await user.type(await screen.findByLabelText('Day'), '4');
    await user.type(screen.getByLabelText('Year'), '2015');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    const link = within(screen.getByRole('alert')).getByRole('link', { name: 'Date of birth must include a month' });
    expect(link.getAttribute('href')).toBe('#dateOfBirth-month');
    expect(screen.getByLabelText('Month').className).toContain('govuk-input--error');
    expect(screen.getByLabelText('Day').className).not.toContain('govuk-input--error');
    expect(screen.getByRole('group', { name: 'Date of birth' }).getAttribute('aria-describedby')).toBe('dateOfBirth-hint dateOfBirth-error');
    expect(searchPeople).not.toHaveBeenCalled();
  });

  it('refuses a date of birth that does not exist or is in the future', async () => {
    const { user } = renderSearch();
    await user.type(await screen.findByLabelText('Day'), '31');
    await user.type(screen.getByLabelText('Month'), '2');
    await user.type(screen.getByLabelText('Year'), '2015');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(within(screen.getByRole('alert')).getByText('Date of birth must be a real date')).toBeTruthy();

    await user.clear(screen.getByLabelText('Day'));
    await user.type(screen.getByLabelText('Day'), '1');
    await user.clear(screen.getByLabelText('Year'));
    await user.type(screen.getByLabelText('Year'), '2999');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(within(screen.getByRole('alert')).getByText('Date of birth must be today or in the past')).toBeTruthy();
  });

  it('shows the NHS number format and explains a number that is wrong', async () => {
    const { searchPeople, user } = renderSearch();
    const nhsNumber = await screen.findByLabelText('NHS number');
    expect(document.getElementById(nhsNumber.getAttribute('aria-describedby') ?? '')?.textContent).toBe('10 digits, like 943 476 5919');

    await user.type(nhsNumber, '943 476 591');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Enter an NHS number with 10 digits, like 943 476 5919' }).getAttribute('href')).toBe('#nhsNumber');

    await user.type(nhsNumber, '8');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(within(screen.getByRole('alert')).getByText('Check the NHS number – one of the digits is wrong')).toBeTruthy();
    expect(searchPeople).not.toHaveBeenCalled();
  });

  it('sends the details as the API wants them and lists who was found, with ages and NHS numbers grouped', async () => {
    const { searchPeople, user } = renderSearch();
    await user.type(await screen.findByLabelText('Name'), '  Sam   Adams ');
    await user.type(screen.getByLabelText('Day'), '4');
    await user.type(screen.getByLabelText('Month'), '3');
    await user.type(screen.getByLabelText('Year'), '2015');
    await user.type(screen.getByLabelText('NHS number'), '943-476-5919');
    await user.type(screen.getByLabelText('Postcode'), 'sg11aa');
    await chooseWhy(user);
    await user.click(screen.getByRole('button', { name: 'Search' }));

    const heading = await screen.findByRole('heading', { level: 2, name: '1 person found' });
    expect(searchPeople).toHaveBeenCalledWith({ name: 'Sam Adams', dateOfBirth: '2015-03-04', nhsNumber: '9434765919', postcode: 'SG1 1AA', purpose: 'checking-before-a-visit' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const table = screen.getByRole('table', { name: 'People found' });
    const [, row] = within(table).getAllByRole('row');
    if (!row) throw new Error('expected a result row');
    const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells[1]).toBe('4 March 2015');
    expect(cells[2]).toMatch(/^\d+$/);
    expect(cells[3]).toBe('12 Station Road, Stevenage, SG1 1AA');
    expect(cells[4]).toBe('943 476 5919');
    expect(screen.queryByText(/You are not working with/)).toBeNull();
    expect(within(row).getByRole('link', { name: 'Sam Adams' }).getAttribute('href')).toBe('/people/person-sam');
    // Personal details stay out of the page title.
    expect(document.title).toBe('Find a person – Childfirst');
  });

  it('finds people when the name is mistyped, because the API matches names fuzzily', async () => {
    const searchPeople = jest.fn(async (criteria: PersonSearchCriteria) => (criteria.name === 'Admas' ? [sam, { ...sam, id: 'person-jo', givenName: 'Jo', restricted: true }] : []));
    const { user } = renderSearch(searchPeople);
    await user.type(await screen.findByLabelText('Name'), 'Admas');
    await chooseWhy(user);
    await user.click(screen.getByRole('button', { name: 'Search' }));

    expect(await screen.findByRole('heading', { level: 2, name: '2 people found' })).toBeTruthy();
    expect(screen.getByText('The closest matches are first, including people whose names are spelled differently.')).toBeTruthy();
    const joRow = screen.getByRole('link', { name: 'Jo Adams' }).closest('tr') as HTMLElement;
    expect(within(joRow).getByText('Restricted record')).toBeTruthy();
  });

  it('helps when no one is found', async () => {
    const { user } = renderSearch(jest.fn(async (_criteria: PersonSearchCriteria): Promise<PersonSearchResult[]> => []));
    await user.type(await screen.findByLabelText('Postcode'), 'SG1');
    await chooseWhy(user);
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Enter a real postcode, like SG1 1AA' }).getAttribute('href')).toBe('#postcode');
    await user.type(screen.getByLabelText('Postcode'), '1aa');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'No one found' })).toBeTruthy();
    expect(screen.getByText(/searching for a previous name/)).toBeTruthy();
  });

  it('asks why they are searching, and for the reason in words when it is another one', async () => {
    const { searchPeople, user } = renderSearch();
    await user.type(await screen.findByLabelText('Name'), 'Sam Adams');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Select why you are searching' }).getAttribute('href')).toBe('#purpose');

    await chooseWhy(user, 'Other');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Say why you are searching, in at least 5 characters' }).getAttribute('href')).toBe('#purposeDetail');
    expect(searchPeople).not.toHaveBeenCalled();

    await user.type(screen.getByRole('textbox', { name: 'Why are you searching?' }), 'Checking a school roll');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await screen.findByRole('heading', { level: 2, name: '1 person found' });
    expect(searchPeople).toHaveBeenCalledWith({ name: 'Sam Adams', purpose: 'other', purposeDetail: 'Checking a school roll' });
  });

  it('shows only name, date of birth and area of people the searcher does not work with, and says why', async () => {
    const jo = identityOnly(searchHit({ id: 'person-jo', givenName: 'Jo', familyName: 'Adams', dateOfBirth: '1990-03-14' }));
    const { user } = renderSearch(jest.fn(async (_criteria: PersonSearchCriteria) => [sam, jo]));
    await user.type(await screen.findByLabelText('Name'), 'Adams');
    await chooseWhy(user, 'Making a referral');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    await screen.findByRole('heading', { level: 2, name: '2 people found' });
    expect(screen.getByText(/You are not working with some of these people/).textContent).toMatch(/NHS number, other identifiers and full address are shown only to the people working with them/);
    const joRow = screen.getByRole('link', { name: 'Jo Adams' }).closest('tr') as HTMLElement;
    expect(within(joRow).getAllByRole('cell').map((cell) => cell.textContent).slice(3)).toEqual(['Stevenage, SG1 area', 'Not shown']);
  });

  it('is in the service navigation for people who can see records', async () => {
    renderSearch();
    const link = await screen.findByRole('link', { name: 'Find a person' });
    expect(link.getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'My caseload' }).getAttribute('href')).toBe('/caseload');
    expect(screen.queryByRole('link', { name: 'Triage queue' })).toBeNull();
  });
});
