import type { FamilyHelpRequest } from '@childfirst/domain/referrals';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import type { FamilyApi } from '../../api/familyApi';
import { FamilyApiProvider } from '../../api/FamilyApiProvider';
import { fakeFamilyApi } from '../../testing/fakes';
import { HelpRequestsPage } from './HelpRequestsPage';

const received: FamilyHelpRequest = {
  id: '5b7e2f0c-2d7a-4a51-9d3c-0e6f1b2a3c4d',
  receivedAt: '2025-06-04T08:15:00Z',
  whatIsHappening: 'My son has stopped going to school since March.',
  status: 'awaiting-decision',
  statusHeading: 'Received – being looked at',
  statusDetail: 'Our front door team will decide what happens next within one working day.',
  decisionDueAt: '2025-06-05T08:15:00Z',
  decidedAt: null,
};

const decided: FamilyHelpRequest = {
  ...received,
  id: '7c1d7e2a-9a0b-4c5d-8e6f-1a2b3c4d5e6f',
  receivedAt: '2025-05-01T08:15:00Z',
  status: 'decided',
  statusHeading: 'Decision made',
  statusDetail: 'We have looked at your request. A key worker will contact you to offer early help.',
  decidedAt: '2025-05-01T13:40:00Z',
};

function renderPage(listHelpRequests: FamilyApi['listHelpRequests']) {
  const api: FamilyApi = fakeFamilyApi({ listHelpRequests });
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <FamilyApiProvider api={api}>
        <HelpRequestsPage />
      </FamilyApiProvider>
    </QueryClientProvider>,
  );
}

describe('Your requests for help', () => {
  it('shows each request with where it is, in the API’s plain English, and when it will be or was decided', async () => {
    renderPage(async () => [received, decided]);
    const first = await screen.findByRole('region', { name: 'Request sent on 4 June 2025 at 9:15am' });
    expect(within(first).getByText('Received – being looked at')).toBeTruthy();
    expect(within(first).getByText('We will decide by')).toBeTruthy();
    expect(within(first).getByText('Thursday 5 June 2025 at 9:15am')).toBeTruthy();

    const second = screen.getByRole('region', { name: 'Request sent on 1 May 2025 at 9:15am' });
    expect(within(second).getByText('Decision made')).toBeTruthy();
    expect(within(second).getByText(decided.statusDetail)).toBeTruthy();
    expect(within(second).getByText('1 May 2025 at 2:40pm')).toBeTruthy();

    expect(screen.getByRole('link', { name: 'Ask for help' }).getAttribute('href')).toBe('/ask-for-help');
    expect(document.title).toBe('Your requests for help – Childfirst');
  });

  it('says so when the family has not asked for help yet', async () => {
    renderPage(async () => []);
    expect(await screen.findByText('You have not asked for help yet.')).toBeTruthy();
  });

  it('shows a loading status while the requests load', () => {
    renderPage(() => new Promise(() => undefined));
    expect(screen.getByRole('status').textContent).toBe('Loading your requests');
  });
});
