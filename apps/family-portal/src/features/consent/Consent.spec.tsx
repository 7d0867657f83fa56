import { ApiError } from '@childfirst/ui';
import { screen, within } from '@testing-library/react';
import type { FamilyConsent } from '../../api/familyApi';
import { Route, Switch } from '../../app/router';
import { fakeFamilyApi } from '../../testing/fakes';
import { consents } from '../../testing/portalData';
import { renderPage, uuid } from '../../testing/renderPage';
import { ConsentPage } from './ConsentPage';
import { WithdrawConsentPage } from './WithdrawConsentPage';

function ConsentRoutes() {
  return (
    <Switch>
      <Route path="/consent" component={ConsentPage} />
      <Route path="/consent/:consentId/withdraw" component={WithdrawConsentPage} />
    </Switch>
  );
}

/** Like the API: the list is read again after a withdrawal, and shows what the server now holds. */
function renderConsent(withdrawConsent: jest.Mock<Promise<FamilyConsent[]>, [string]> = jest.fn()) {
  let held = consents;
  const api = fakeFamilyApi({
    listConsents: async () => held,
    withdrawConsent: async (id: string) => {
      held = await withdrawConsent(id);
      return held;
    },
  });
  return { withdrawConsent, ...renderPage(<ConsentRoutes />, api, { path: '/consent' }) };
}

describe('Consent', () => {
  it('shows what the family agreed to share, with whom and for what, given or withdrawn', async () => {
    renderConsent();
    expect(screen.getByRole('heading', { level: 1, name: 'What you agreed to share, and with whom' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Consent you have given' });
    const rows = within(table).getAllByRole('row').map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Agency', 'What for', 'Status', 'Action'],
      ['Oak Primary School', 'Sharing attendance and wellbeing information', 'Givenon 1 March 2025 by Amy Adams', 'Withdraw consent for Oak Primary School: Sharing attendance and wellbeing information'],
      ['Hertfordshire Police', 'Sharing information about incidents at home', 'Withdrawnon 1 April 2025', ''],
    ]);
    // The table scrolls sideways at 320px, and its region can be scrolled with the keyboard.
    expect(screen.getByRole('region', { name: 'Consent you have given' }).getAttribute('tabindex')).toBe('0');
  });

  it('asks for confirmation, saying that agency’s staff lose access at once, then withdraws it', async () => {
    const withdrawn = consents.map((consent) => (consent.id === uuid(40) ? { ...consent, withdrawnAt: '2025-06-04T09:00:00Z' } : consent));
    const { withdrawConsent, user } = renderConsent(jest.fn<Promise<FamilyConsent[]>, [string]>(async () => withdrawn));
    await user.click(await screen.findByRole('link', { name: 'Withdraw consent for Oak Primary School: Sharing attendance and wellbeing information' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Are you sure you want to withdraw consent?' })).toBeTruthy();
    expect(screen.getByText('Staff from Oak Primary School will lose access to your family’s information at once.').closest('.govuk-warning-text')).toBeTruthy();
    expect(withdrawConsent).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'Cancel' }).getAttribute('href')).toBe('/consent');

    const confirm = screen.getByRole('button', { name: 'Withdraw consent' });
    expect(confirm.className).toContain('govuk-button--warning');
    confirm.focus();
    await user.keyboard('{Enter}');

    expect(await screen.findByText('You have withdrawn consent for Oak Primary School: Sharing attendance and wellbeing information')).toBeTruthy();
    expect(withdrawConsent).toHaveBeenCalledWith(uuid(40));
    expect(screen.getByTestId('location').textContent).toBe('/consent');
    const row = screen.getByRole('rowheader', { name: 'Oak Primary School' }).closest('tr') as HTMLElement;
    expect(row.textContent).toContain('Withdrawnon 4 June 2025');
  });

  it('says when the consent could not be withdrawn', async () => {
    const { user } = renderConsent(jest.fn().mockRejectedValue(new ApiError({ status: 503, title: 'Sorry, there is a problem with the service. Try again later' })));
    await user.click(await screen.findByRole('link', { name: /Withdraw consent for Oak Primary School/ }));
    await user.click(await screen.findByRole('button', { name: 'Withdraw consent' }));
    const problem = await screen.findByRole('alert');
    expect(problem.textContent).toContain('Sorry, there is a problem with the service. Try again later');
    expect(problem.textContent).toContain('Your consent has not been withdrawn. Try again.');
    expect(document.title).toBe('Error: Are you sure you want to withdraw consent? – Childfirst family portal');
  });
});
