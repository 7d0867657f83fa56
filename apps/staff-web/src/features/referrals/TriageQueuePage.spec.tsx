import { ApiError, createJsonClient } from '@childfirst/ui';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FrontDoorQueue, PreventionAlert, TriageQueueQuery } from '../../api/frontDoorTypes';
import { createFileClient } from '../../api/fileClient';
import { createStaffApi } from '../../api/staffApi';
import { adamsQueueItem, begumQueueItem, samPreventionAlert, testNow } from '../../testing/frontDoorFixtures';
import { renderStaffApp } from '../../testing/renderStaffApp';
import { clockTickMs } from './liveClock';
import { triageQueuePollMs } from './useTriageQueue';

const queueOf = (items: FrontDoorQueue['items'], alerts: FrontDoorQueue['alerts'] = []): FrontDoorQueue => ({ items, alerts });

function rowsOf(table: HTMLElement): HTMLElement[] {
  return within(table).getAllByRole('row').slice(1);
}

describe('Triage queue', () => {
  it('lists each referral with its source, concerns, priority, children to match, agency requests, who works on it and the decision due', async () => {
    jest.useFakeTimers({ now: new Date(testNow) });
    const listTriageQueue = jest.fn(async (_query: TriageQueueQuery) => queueOf([{ ...adamsQueueItem, clockState: 'overdue' }, { ...begumQueueItem, clockState: 'at-risk' }]));
    renderStaffApp('/', { listTriageQueue });

    const table = await screen.findByRole('table', { name: 'Referrals awaiting a decision (2)' });
    expect(listTriageQueue).toHaveBeenCalledWith({ status: 'awaiting-decision', rag: [], source: [], clockState: [], includeAlerts: true });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Received',
      'Child or family',
      'Source',
      'Concerns',
      'Priority',
      'Children not matched',
      'Agency requests',
      'Assigned to',
      'Decision due',
    ]);
    const [adams, begum] = rowsOf(table);
    if (!adams || !begum) throw new Error('expected two rows');
    const cells = within(adams).getAllByRole('cell');
    expect(within(adams).getByRole('link', { name: /^Adams\s?, referral received 3 June 2025 at 9:05am$/ }).getAttribute('href')).toBe(`/referrals/${adamsQueueItem.id}`);
    expect(cells[2]?.textContent).toBe('School');
    expect(cells[3]?.textContent).toBe('School attendance, Neglect');
    expect(within(cells[4] as HTMLElement).getByText('Amber').className).toContain('govuk-tag--orange');
    expect(within(cells[4] as HTMLElement).getByText('Re-referral')).toBeTruthy();
    expect(cells[5]?.textContent).toBe('1');
    expect(within(cells[6] as HTMLElement).getByText('2 open')).toBeTruthy();
    expect(within(cells[6] as HTMLElement).getByText('1 overdue').className).toContain('govuk-tag--red');
    expect(cells[7]?.textContent).toBe('Tara Triage');
    expect(within(cells[8] as HTMLElement).getByText('4 June 2025 at 9:05am')).toBeTruthy();
    // The API said overdue: a device clock that reads earlier neither makes it look on time again
    // nor contradicts it with a countdown.
    expect(within(cells[8] as HTMLElement).getByText('Overdue').className).toContain('govuk-tag--red');
    expect(within(cells[8] as HTMLElement).queryByText(/^Due in/)).toBeNull();
    expect(within(begum).getByText('Due in 23 hours')).toBeTruthy();

    expect(within(begum).getByRole('link', { name: /^Family not yet identified/ })).toBeTruthy();
    expect(within(begum).getByText('Not set')).toBeTruthy();
    expect(within(begum).getByText('None recorded')).toBeTruthy();
    expect(within(begum).getByText('No one')).toBeTruthy();
    expect(within(begum).getByText('At risk').className).toContain('govuk-tag--yellow');
    expect(document.title).toBe('Triage queue – Childfirst');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  afterEach(() => jest.useRealTimers());

  it('counts the decision down live, turning at risk then overdue without reloading', async () => {
    jest.useFakeTimers({ now: new Date('2025-06-04T05:30:00Z') });
    try {
      // The API keeps saying "on time": the browser works the clock out between its answers.
      renderStaffApp('/', { listTriageQueue: async () => queueOf([adamsQueueItem]) });
      const table = await screen.findByRole('table', { name: 'Referrals awaiting a decision (1)' });
      const clock = () => within(rowsOf(table)[0] as HTMLElement).getAllByRole('cell')[8] as HTMLElement;
      expect(within(clock()).getByText('On time')).toBeTruthy();
      expect(within(clock()).getByText('Due in 2 hours 35 minutes')).toBeTruthy();

      // Escalation is at 7:05am UK time (06:05 UTC): at risk from then.
      await act(() => jest.advanceTimersByTimeAsync(35 * 60_000));
      expect(within(clock()).getByText('At risk').className).toContain('govuk-tag--yellow');
      expect(within(clock()).getByText('Due in 2 hours')).toBeTruthy();

      await act(() => jest.advanceTimersByTimeAsync(2 * 60 * 60_000 - clockTickMs));
      expect(within(clock()).getByText('Due in 1 minute')).toBeTruthy();

      await act(() => jest.advanceTimersByTimeAsync(20 * 60_000 + clockTickMs));
      expect(within(clock()).getByText('Overdue').className).toContain('govuk-tag--red');
      expect(within(clock()).getByText('Overdue by 20 minutes')).toBeTruthy();
    } finally {
      jest.useRealTimers();
    }
  });

  it('asks the API again every minute so new referrals appear', async () => {
    jest.useFakeTimers();
    try {
      const listTriageQueue = jest
        .fn<Promise<FrontDoorQueue>, [TriageQueueQuery]>()
        .mockResolvedValueOnce(queueOf([adamsQueueItem]))
        .mockResolvedValue(queueOf([adamsQueueItem, begumQueueItem]));
      renderStaffApp('/', { listTriageQueue });
      await screen.findByRole('table', { name: 'Referrals awaiting a decision (1)' });

      await act(() => jest.advanceTimersByTimeAsync(triageQueuePollMs - 1_000));
      expect(listTriageQueue).toHaveBeenCalledTimes(1);
      await act(() => jest.advanceTimersByTimeAsync(1_000));
      expect(listTriageQueue).toHaveBeenCalledTimes(2);
      expect(await screen.findByRole('table', { name: 'Referrals awaiting a decision (2)' })).toBeTruthy();
      expect(triageQueuePollMs).toBe(60_000);
    } finally {
      jest.useRealTimers();
    }
  });

  it('keeps the filters in the address and sends them to the API as repeated query parameters', async () => {
    // jsdom has no fetch Response: the client reads only these members of one.
    const answer = { ok: true, status: 200, headers: { get: () => 'application/json' }, json: async () => queueOf([adamsQueueItem]) };
    const fetchMock = jest.fn(async (_url: string, _init: RequestInit) => answer);
    const clientOptions = { baseUrl: 'http://api.test', getToken: async () => 'token', fetch: fetchMock as unknown as typeof fetch };
    const client = createStaffApi(createJsonClient(clientOptions), createFileClient(clientOptions));
    const { location } = renderStaffApp({ pathname: '/', search: '?rag=red&source=school&rag=purple' }, { listTriageQueue: client.listTriageQueue });
    const user = userEvent.setup();

    await screen.findByRole('table', { name: 'Referrals awaiting a decision (1)' });
    // A value the filters do not know is left out, not sent.
    expect(fetchMock.mock.calls[0]?.[0]).toBe('http://api.test/staff/referrals?status=awaiting-decision&rag=red&source=school&includeAlerts=true');
    const filters = screen.getByRole('form', { name: 'Filter referrals' });
    expect((within(filters).getByLabelText('Red') as HTMLInputElement).checked).toBe(true);
    expect((within(filters).getByLabelText('School') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('1 referral filtered by Red, School')).toBeTruthy();

    await user.click(within(filters).getByLabelText('Amber'));
    await user.click(within(filters).getByLabelText('At risk'));
    await user.click(within(filters).getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(location.current?.search).toBe('?rag=red&rag=amber&source=school&clockState=at-risk'));
    await waitFor(() =>
      expect(fetchMock.mock.calls.at(-1)?.[0]).toBe('http://api.test/staff/referrals?status=awaiting-decision&rag=red&rag=amber&source=school&clockState=at-risk&includeAlerts=true'),
    );

    await user.click(within(filters).getByRole('link', { name: 'Clear filters' }));
    await waitFor(() => expect(location.current?.search).toBe(''));
    await waitFor(() => expect(fetchMock.mock.calls.at(-1)?.[0]).toBe('http://api.test/staff/referrals?status=awaiting-decision&includeAlerts=true'));
    expect((within(filters).getByLabelText('Red') as HTMLInputElement).checked).toBe(false);
    expect(within(filters).queryByRole('link', { name: 'Clear filters' })).toBeNull();
  });

  it('shows prevention alerts above the queue, and takes one off once acknowledged', async () => {
    let alerts: PreventionAlert[] = [samPreventionAlert];
    const acknowledgePreventionAlert = jest.fn(async (id: string) => {
      alerts = [];
      return { ...samPreventionAlert, id, acknowledgedAt: '2025-06-03T10:00:00Z', acknowledgedBy: 'Tara Triage' };
    });
    renderStaffApp('/', { listTriageQueue: async () => queueOf([adamsQueueItem], alerts), acknowledgePreventionAlert });
    const user = userEvent.setup();

    const banner = await screen.findByRole('region', { name: 'Prevention alerts' });
    expect(within(banner).getByText('Two or more agencies raised concerns about Sam Adams within 7 days: Education, Health')).toBeTruthy();
    expect(within(banner).getByRole('link', { name: 'Referral received 3 June 2025 at 9:05am from School' }).getAttribute('href')).toBe(`/referrals/${adamsQueueItem.id}`);
    expect(within(banner).getByRole('link', { name: 'Referral 00000020' })).toBeTruthy();
    // The banner comes before the table.
    const table = screen.getByRole('table');
    expect(banner.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await user.click(within(banner).getByRole('button', { name: 'Acknowledge the alert about Sam Adams' }));
    expect(acknowledgePreventionAlert).toHaveBeenCalledWith(samPreventionAlert.id);
    const done = await screen.findByText('You acknowledged the alert about Sam Adams.');
    expect(done.getAttribute('role')).toBe('status');
    expect(screen.queryByRole('region', { name: 'Prevention alerts' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(done));
  });

  it('says why an alert could not be acknowledged, and shows no button to someone who may not decide', async () => {
    renderStaffApp('/', {
      listTriageQueue: async () => queueOf([adamsQueueItem], [samPreventionAlert]),
      acknowledgePreventionAlert: async () => {
        throw new ApiError({ status: 404, title: 'Page not found', detail: 'This alert was closed.' });
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Acknowledge the alert about Sam Adams' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The alert has not been acknowledged. This alert was closed.');
  });

  it('shows the alerts without the button to people who may only view the queue', async () => {
    renderStaffApp('/', {
      getStaffProfile: async () => ({ displayName: 'Ira Viewer', roles: ['triage-manager'], capabilities: ['referral:triage:view'] }),
      listTriageQueue: async () => queueOf([adamsQueueItem], [samPreventionAlert]),
    });
    expect(await screen.findByRole('region', { name: 'Prevention alerts' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Acknowledge/ })).toBeNull();
  });

  it('tells people without the triage capability that they have no access, and does not load the queue', async () => {
    const listTriageQueue = jest.fn(async () => queueOf([adamsQueueItem]));
    renderStaffApp('/decided', {
      getStaffProfile: async () => ({ displayName: 'Kim Key', roles: ['key-worker'], capabilities: [] }),
      listTriageQueue,
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to the triage queue' })).toBeTruthy();
    expect(document.title).toBe('You do not have access to the triage queue – Childfirst');
    expect(listTriageQueue).not.toHaveBeenCalled();
  });

  it('shows the API’s reason when it refuses the queue', async () => {
    renderStaffApp('/', {
      listTriageQueue: async () => {
        throw new ApiError({ status: 403, title: 'You do not have permission to do this', detail: 'Your triage access was removed today.' });
      },
    });
    expect(await screen.findByText('Your triage access was removed today.')).toBeTruthy();
  });

  it('lists decided referrals on their own page, with the decided clock states to filter by', async () => {
    const listTriageQueue = jest.fn(async (_query: TriageQueueQuery) => queueOf([{ ...adamsQueueItem, status: 'decided', clockState: 'met' }]));
    renderStaffApp('/decided', { listTriageQueue });
    expect(await screen.findByRole('heading', { level: 1, name: 'Decided referrals' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Decided referrals (1)' });
    expect(within(table).getByText('Decided on time')).toBeTruthy();
    // A stopped clock has no countdown.
    expect(within(table).queryByText(/^Due in|^Overdue by/)).toBeNull();
    expect(listTriageQueue).toHaveBeenCalledWith({ status: 'decided', rag: [], source: [], clockState: [], includeAlerts: false });
    expect(within(screen.getByRole('group', { name: 'Decision clock' })).getAllByRole('checkbox').map((box) => box.parentElement?.textContent)).toEqual(['Decided on time', 'Decided late']);
    expect(screen.getByRole('link', { name: 'Decided' }).getAttribute('aria-current')).toBe('page');
  });
});
