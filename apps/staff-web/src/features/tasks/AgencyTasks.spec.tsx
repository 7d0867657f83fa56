import type { InformationResponse } from '@childfirst/domain/referrals';
import { ApiError } from '@childfirst/ui';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AgencyTask, InformationRequestView } from '../../api/frontDoorTypes';
import type { StaffApi } from '../../api/staffApi';
import { answeredHealthRequest, educationTask, openEducationRequest, testNow } from '../../testing/frontDoorFixtures';
import { keyWorker, renderStaffApp, triageManager } from '../../testing/renderStaffApp';

type Respond = (requestId: string, response: InformationResponse) => Promise<InformationRequestView>;

/** A fake API that, like the real one, lists a request only while it is open. */
function renderTasks(path: string, respond = jest.fn<ReturnType<Respond>, Parameters<Respond>>(async () => ({ ...answeredHealthRequest, id: educationTask.id })), api: Partial<StaffApi> = {}) {
  let open: AgencyTask[] = [educationTask];
  const listInformationRequests = jest.fn(async () => open);
  const rendered = renderStaffApp(path, {
    getStaffProfile: async () => keyWorker,
    listInformationRequests,
    respondToInformationRequest: async (...args) => {
      const answered = await respond(...args);
      open = open.filter((task) => task.id !== args[0]);
      return answered;
    },
    ...api,
  });
  return { ...rendered, listInformationRequests, respond };
}

function summaryLinks(): [string | null, string | null][] {
  const summary = screen.getByText('There is a problem').closest('[role="alert"]') as HTMLElement;
  return within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);
}

describe('Information requests for an agency', () => {
  afterEach(() => jest.useRealTimers());

  it('lists the open requests with the children, question, who asked, the live due clock and the priority', async () => {
    jest.useFakeTimers({ now: new Date('2025-06-04T06:00:00Z') });
    renderTasks('/tasks');

    const table = await screen.findByRole('table', { name: 'Open requests (1)' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Child or family', 'Question', 'Requested by', 'Answer due', 'Priority']);
    const [row] = within(table).getAllByRole('row').slice(1);
    const cells = within(row as HTMLElement).getAllByRole('cell');
    expect(within(cells[0] as HTMLElement).getByRole('link', { name: /^Adams family\s?, Education request of 3 June 2025 at 9:30am$/ }).getAttribute('href')).toBe(`/tasks/${educationTask.id}`);
    expect(within(cells[0] as HTMLElement).getByText('Sam Adams (born 4 March 2015) and Alex Adams')).toBeTruthy();
    expect(cells[1]?.textContent).toBe(educationTask.question);
    expect(cells[2]?.textContent).toBe('Tara Triage, 3 June 2025 at 9:30am');
    expect(within(cells[3] as HTMLElement).getByText('Waiting for an answer')).toBeTruthy();
    expect(within(cells[3] as HTMLElement).getByText('Due in 2 hours 30 minutes')).toBeTruthy();
    expect(within(cells[4] as HTMLElement).getByText('Amber')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Information requests' }).getAttribute('aria-current')).toBe('page');

    // At risk from the escalation (7:30am UK time), overdue after the due time, without reloading.
    await act(() => jest.advanceTimersByTimeAsync(30 * 60_000));
    expect(within(cells[3] as HTMLElement).getByText('At risk')).toBeTruthy();
    await act(() => jest.advanceTimersByTimeAsync(2 * 60 * 60_000 + 60_000));
    expect(within(cells[3] as HTMLElement).getByText('Overdue')).toBeTruthy();
    expect(within(cells[3] as HTMLElement).getByText('Overdue by 1 minute')).toBeTruthy();
  });

  it('says when there is nothing to answer', async () => {
    renderTasks('/tasks', undefined, { listInformationRequests: async () => [] });
    expect(await screen.findByText('There are no open requests for your agency.')).toBeTruthy();
  });

  it('is open to every practitioner, and not to someone without the record', async () => {
    renderTasks('/tasks', undefined, { getStaffProfile: async () => triageManager });
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to your agency’s information requests' })).toBeTruthy();
  });

  it('shows the question and the referral, and checks the answer with the API’s schema', async () => {
    jest.useFakeTimers({ now: new Date(testNow), advanceTimers: true });
    const { respond } = renderTasks(`/tasks/${educationTask.id}`);
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });

    expect(await screen.findByRole('heading', { level: 1, name: 'Answer a request for information' })).toBeTruthy();
    expect(screen.getByText('Education request, Adams family')).toBeTruthy();
    expect(screen.getByText(educationTask.question)).toBeTruthy();
    expect(screen.getByText('Sam Adams (born 4 March 2015) and Alex Adams')).toBeTruthy();
    expect(screen.getByText('Sam has stopped coming to school since March.')).toBeTruthy();
    expect(screen.getByText('Due in 22 hours 30 minutes')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Send answer' }));
    expect(summaryLinks()).toEqual([
      ['Summarise what your agency knows about the child and family', '#summary'],
      ['Say whether the child or family is known to your agency', '#knownToAgency'],
      ['Select the level of concern your agency holds', '#concernsHeld'],
      ['Select how sensitive this is', '#sensitivity'],
    ]);
    await waitFor(() => expect(document.title).toBe('Error: Answer a request for information – Childfirst'));
    expect(respond).not.toHaveBeenCalled();
  });

  it('sends the answer and goes back to the list, which says so', async () => {
    const { respond, location } = renderTasks(`/tasks/${educationTask.id}`);
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('What does your agency know about the child and family?'), 'Attendance is 61% this term. Two meetings with mum were missed.');
    await user.click(within(screen.getByRole('group', { name: 'Is the child or family known to your agency?' })).getByLabelText('Yes'));
    await user.click(screen.getByLabelText('Medium'));
    await user.click(screen.getByLabelText('Third-party information'));
    await user.click(screen.getByRole('button', { name: 'Send answer' }));

    expect(respond).toHaveBeenCalledWith(educationTask.id, {
      summary: 'Attendance is 61% this term. Two meetings with mum were missed.',
      knownToAgency: true,
      concernsHeld: 'medium',
      sensitivity: 'third-party',
    });
    await waitFor(() => expect(location.current?.pathname).toBe('/tasks'));
    const banner = await screen.findByRole('alert', { name: 'Success' });
    expect(banner.textContent).toContain('Your answer about the Adams family has been sent to the front door');
    expect(await screen.findByText('There are no open requests for your agency.')).toBeTruthy();
  });

  it('says so when the request was answered or cancelled meanwhile', async () => {
    const respond = jest.fn<ReturnType<Respond>, Parameters<Respond>>(async () => {
      throw new ApiError({ status: 409, title: 'This request is no longer open', detail: 'Eve Education answered it at 10:02am.' });
    });
    renderTasks(`/tasks/${educationTask.id}`, respond);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('What does your agency know about the child and family?'), 'Known to us.');
    await user.click(within(screen.getByRole('group', { name: 'Is the child or family known to your agency?' })).getByLabelText('No'));
    await user.click(screen.getByLabelText('No concerns'));
    await user.click(screen.getByLabelText('Standard'));
    await user.click(screen.getByRole('button', { name: 'Send answer' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'This request is no longer open' })).toBeTruthy();
    expect(screen.getByText('Eve Education answered it at 10:02am.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'See the requests still open for your agency' }).getAttribute('href')).toBe('/tasks');
  });

  it('says a request that is not open any more is not there to answer', async () => {
    renderTasks(`/tasks/${openEducationRequest.id.replace(/2$/, '9')}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'This request is no longer open' })).toBeTruthy();
  });
});
