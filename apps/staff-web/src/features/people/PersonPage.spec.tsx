import { ApiError } from '@childfirst/ui';
import { screen, within } from '@testing-library/react';
import { keyWorker, renderStaffApp, teamManager } from '../../testing/renderStaffApp';
import { ids, leeWarning, samAdams } from '../../testing/recordFixtures';

const { personId: _personId, personName: _personName, ...warning } = leeWarning;

function summaryValue(key: string): string {
  const term = screen.getByText(key, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

describe('Person page', () => {
  it('shows the record: names, date of birth and age, identifiers, school, GP and address', async () => {
    renderStaffApp(`/people/${samAdams.id}`, { getStaffProfile: async () => keyWorker, getPerson: async () => samAdams });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sam Robert Adams' })).toBeTruthy();
    expect(summaryValue('Preferred name')).toBe('Sammy');
    expect(summaryValue('Other names')).toBe('Sam Jones (previous name)');
    expect(summaryValue('Date of birth')).toBe('4 March 2015 (age 10)');
    expect(summaryValue('Sex')).toBe('Male');
    expect(summaryValue('Gender')).toBe('Not recorded');
    expect(summaryValue('Ethnicity')).toBe('White British');
    expect(summaryValue('First language')).toBe('English');
    expect(summaryValue('Interpreter needed')).toBe('No');
    expect(summaryValue('Disabilities')).toBe('Autism');
    expect(summaryValue('NHS number')).toBe('943 476 5919');
    expect(summaryValue('Unique pupil number (UPN)')).toBe('A123456789012');
    expect(summaryValue('School')).toBe('Oakfield Primary School');
    expect(summaryValue('GP practice')).toBe('Bancroft Medical Centre');
    expect(summaryValue('Current address')).toBe('12 Station Road\nStevenage\nSG1 1AA');

    const history = screen.getByRole('table', { name: 'Address history' });
    expect(within(history).getAllByRole('row')).toHaveLength(3);
    expect(within(history).getByText('Current address')).toBeTruthy();
    expect(screen.getAllByText('Child in need').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Adams family' }).getAttribute('href')).toBe(`/families/${ids.family}`);
    // Names stay out of the title: browsers keep titles in their history.
    expect(document.title).toBe('Person – Childfirst');
  });

  it('says the address is withheld, and shows no address history, when the API withholds it', async () => {
    renderStaffApp(`/people/${samAdams.id}`, {
      getStaffProfile: async () => keyWorker,
      getPerson: async () => ({ ...samAdams, addressWithheld: true, currentAddress: null, addressHistory: [] }),
    });
    await screen.findByRole('heading', { level: 1, name: 'Sam Robert Adams' });
    expect(summaryValue('Current address')).toContain('Address withheld');
    expect(screen.queryByText('12 Station Road')).toBeNull();
    expect(screen.queryByRole('table', { name: 'Address history' })).toBeNull();
    expect(screen.getByText('The address history is withheld with the address.')).toBeTruthy();
  });

  it('shows warnings for staff safety first, with the review date and whether the person was told', async () => {
    renderStaffApp(`/people/${samAdams.id}`, {
      getStaffProfile: async () => keyWorker,
      getPerson: async () => ({
        ...samAdams,
        warnings: [
          { ...warning, id: 'w1', warningType: 'violence', warningTypeLabel: 'Risk of violence to staff', description: 'Father has threatened staff.', reviewOn: '2099-07-01', personTold: 'no' },
          { ...warning, id: 'w2', warningType: 'dog', warningTypeLabel: 'Dangerous dog', description: 'Large dog at the address.', reviewOn: '2020-01-01', personTold: 'yes', personNotToldReason: null },
        ],
      }),
    });
    const banner = await screen.findByRole('region', { name: 'Warnings for staff safety (2)' });
    const heading = screen.getByRole('heading', { level: 1 });
    expect(banner.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(banner).getByRole('heading', { level: 3, name: 'Risk of violence to staff' })).toBeTruthy();
    expect(banner.textContent).toContain('Father has threatened staff.');
    expect(banner.textContent).toContain('Review by 1 July 2099. The person has not been told about this warning.');
    expect(banner.textContent).toContain('Review by 1 January 2020. The person has been told about this warning.');
    expect(within(banner).getAllByText('Review overdue')).toHaveLength(1);
  });

  it('marks a restricted record clearly', async () => {
    renderStaffApp(`/people/${samAdams.id}`, { getStaffProfile: async () => keyWorker, getPerson: async () => ({ ...samAdams, restricted: true }) });
    const tag = await screen.findByText('Restricted record');
    expect(tag.className).toContain('govuk-tag');
  });

  it('links to who has viewed the record only for people allowed to see that', async () => {
    renderStaffApp(`/people/${samAdams.id}`, { getStaffProfile: async () => keyWorker, getPerson: async () => samAdams });
    await screen.findByRole('heading', { level: 1, name: 'Sam Robert Adams' });
    expect(screen.queryByRole('link', { name: 'Who has viewed this record' })).toBeNull();
  });

  it('lists who viewed the record, when and why', async () => {
    const listRecordViewers = jest.fn(async () => [{ actorName: 'Kim Okafor', occurredAt: '2025-06-03T08:05:00Z', purpose: 'Key worker' }]);
    renderStaffApp(`/people/${samAdams.id}`, { getStaffProfile: async () => teamManager, getPerson: async () => samAdams, listRecordViewers });
    const link = await screen.findByRole('link', { name: 'Who has viewed this record' });
    expect(link.getAttribute('href')).toBe(`/people/${samAdams.id}/viewers`);
  });

  it('shows the viewers page as a table', async () => {
    const listRecordViewers = jest.fn(async () => [{ actorName: 'Kim Okafor', occurredAt: '2025-06-03T08:05:00Z', purpose: 'Key worker' }]);
    renderStaffApp(`/people/${samAdams.id}/viewers`, { getStaffProfile: async () => teamManager, listRecordViewers });
    const table = await screen.findByRole('table', { name: 'Views of this record (1)' });
    expect(within(table).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Kim Okafor', '3 June 2025 at 9:05am', 'Key worker']);
    expect(listRecordViewers).toHaveBeenCalledWith(samAdams.id);
  });

  it('tells someone without access that they have none, in the API’s words', async () => {
    renderStaffApp(`/people/${samAdams.id}`, {
      getStaffProfile: async () => keyWorker,
      getPerson: async () => {
        throw new ApiError({ status: 403, title: 'You do not have permission to do this', detail: 'This is a restricted record.' });
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to this person’s record' })).toBeTruthy();
    expect(screen.getByText('This is a restricted record.')).toBeTruthy();
    expect(document.title).toBe('You do not have access to this person’s record – Childfirst');
  });

  it('shows the page not found when there is no such person', async () => {
    renderStaffApp('/people/nobody', {
      getStaffProfile: async () => keyWorker,
      getPerson: async () => {
        throw new ApiError({ status: 404, title: 'Not found' });
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(document.title).toBe('Page not found – Childfirst');
    expect(screen.getByRole('link', { name: 'Go to your caseload' })).toBeTruthy();
  });
});
