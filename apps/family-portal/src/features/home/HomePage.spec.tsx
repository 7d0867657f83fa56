import type { FamilyHome } from '@childfirst/domain/portal';
import { ApiError } from '@childfirst/ui';
import { screen, within } from '@testing-library/react';
import { fakeFamilyApi } from '../../testing/fakes';
import { home } from '../../testing/portalData';
import { renderPage } from '../../testing/renderPage';
import { HomePage } from './HomePage';

function renderHome(answer: FamilyHome | Promise<FamilyHome>) {
  const getHome = jest.fn(() => Promise.resolve(answer));
  return { getHome, ...renderPage(<HomePage />, fakeFamilyApi({ getHome })) };
}

/** A summary card by its title. */
function card(title: string): HTMLElement {
  const heading = screen.getByRole('heading', { name: title });
  return heading.closest('.govuk-summary-card') as HTMLElement;
}

function rowsOf(element: HTMLElement): string[][] {
  return Array.from(element.querySelectorAll('.govuk-summary-list__row')).map((row) => [
    row.querySelector('dt')?.textContent ?? '',
    row.querySelector('dd')?.textContent ?? '',
  ]);
}

describe('Home: where we are and what happens next', () => {
  it('opens with who the family is and their unread messages', async () => {
    renderHome(home);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Your family’s support' });
    expect(heading.previousElementSibling?.textContent).toBe('The Adams family');
    expect(screen.getByRole('link', { name: 'You have 2 unread messages' }).getAttribute('href')).toBe('/messages');
    expect(document.title).toBe('Home – Childfirst family portal');
  });

  it('shows the key worker: name, role, team, phone, email, when to reach them and who covers', async () => {
    renderHome(home);
    await screen.findByRole('heading', { level: 2, name: 'Your key worker' });
    expect(rowsOf(card('Your key worker'))).toEqual([
      ['Name', 'Kim OkaforFamily support worker'],
      ['Team', 'Stevenage early help teamEarly help'],
      ['Phone', '01632 960 123'],
      ['Email', 'kim.okafor@example.gov.uk'],
      ['When to contact them', 'Monday to Thursday, 9am to 5pm'],
      ['When they are away', 'Contact Sam Patel on 01632 960 124'],
      ['Message', 'Send them a message'],
    ]);
    expect(screen.getByRole('link', { name: '01632 960 123' }).getAttribute('href')).toBe('tel:01632960123');
    expect(screen.getByRole('link', { name: 'kim.okafor@example.gov.uk' }).getAttribute('href')).toBe('mailto:kim.okafor@example.gov.uk');
  });

  it('shows each process with its stage, a progress meter with a text equivalent, the next step with its date and its state', async () => {
    renderHome(home);
    await screen.findByRole('heading', { level: 2, name: 'What is happening now' });
    const ehc = card('EHC needs assessment for Jamie');
    expect(rowsOf(ehc)).toEqual([
      ['Where it is', 'Week 7 of 20'],
      ['What happens next', 'Advice from the educational psychologistBy Wednesday 9 July 2025'],
      ['Status', 'On track'],
    ]);
    const meter = within(ehc).getByRole('meter', { name: 'Progress' });
    expect([meter.getAttribute('aria-valuenow'), meter.getAttribute('aria-valuemax'), meter.getAttribute('aria-valuetext')]).toEqual(['7', '20', 'Week 7 of 20']);
    expect(within(ehc).getByText('On track').className).toContain('govuk-tag--green');

    const request = card('Your request for help');
    expect(within(request).queryByRole('meter')).toBeNull();
    expect(within(request).getByText('Overdue').className).toContain('govuk-tag--red');
  });

  it('lists what is coming up', async () => {
    renderHome(home);
    const appointment = (await screen.findByRole('heading', { level: 3, name: 'Team around the family meeting' })).closest('li') as HTMLElement;
    expect(appointment.textContent).toBe('Team around the family meetingThursday 12 June 2025 at 9:30am until 10:30amWhere: Oak Primary SchoolWith: Kim Okafor');
  });

  it('says when there is nothing yet, no key worker, and no unread messages', async () => {
    renderHome({ ...home, keyWorker: null, processes: [], appointments: [], unreadMessages: 0 });
    expect(await screen.findByText(/You do not have a key worker yet/)).toBeTruthy();
    expect(screen.getByText('Nothing is happening with your family’s support at the moment.')).toBeTruthy();
    expect(screen.getByText('Nothing is booked at the moment.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'You have no unread messages' })).toBeTruthy();
  });

  it('speaks to a young person about their own support', async () => {
    renderHome({ ...home, accountKind: 'young-person', processes: [] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Your support' })).toBeTruthy();
    expect(screen.getByText('What is happening with your support, and what happens next.')).toBeTruthy();
    expect(screen.getByText('Nothing is happening with your support at the moment.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Your key worker' })).toBeTruthy();
  });

  it('shows a loading status, then the API’s problem with a way to try again', async () => {
    const getHome = jest
      .fn<Promise<FamilyHome>, []>()
      .mockRejectedValueOnce(new ApiError({ status: 503, title: 'Sorry, there is a problem with the service. Try again later' }))
      .mockResolvedValueOnce(home);
    const { user } = renderPage(<HomePage />, fakeFamilyApi({ getHome }));
    expect(screen.getByRole('status').textContent).toBe('Loading what is happening');
    const problem = await screen.findByRole('alert');
    expect(within(problem).getByRole('heading').textContent).toBe('Sorry, there is a problem with the service. Try again later');
    await user.click(within(problem).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your family’s support' })).toBeTruthy();
  });
});
