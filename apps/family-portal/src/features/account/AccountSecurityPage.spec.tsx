import { AuthProvider, type KeycloakClient } from '@childfirst/ui';
import { screen } from '@testing-library/react';
import { fakeFamilyApi, fakeKeycloak } from '../../testing/fakes';
import { renderPage } from '../../testing/renderPage';
import { testI18n } from '../../testing/setupI18n';
import { AccountSecurityPage } from './AccountSecurityPage';

/** Signed in; `returnedWith` plays Keycloak's answer after the setup page, as keycloak-js reports it during init. */
function renderSecurity(returnedWith?: Parameters<NonNullable<KeycloakClient['onActionUpdate']>>) {
  const keycloak: jest.Mocked<KeycloakClient> = fakeKeycloak(async () => {
    if (returnedWith) keycloak.onActionUpdate?.(...returnedWith);
    return true;
  });
  keycloak.createAccountUrl = jest.fn(() => 'https://sign-in.example.test/realms/childfirst/account');
  const rendered = renderPage(
    <AuthProvider keycloak={keycloak}>
      <AccountSecurityPage />
    </AuthProvider>,
    fakeFamilyApi(),
    { path: '/account-security' },
  );
  return { keycloak, ...rendered };
}

describe('2-step verification', () => {
  it('explains it is optional and sends the person to Keycloak’s setup, coming back to this page', async () => {
    const { keycloak, user } = renderSecurity();
    expect(await screen.findByRole('heading', { level: 1, name: '2-step verification' })).toBeTruthy();
    expect(screen.getByText(/It is your choice/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: /2-step verification is set up/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Set up 2-step verification' }));
    expect(keycloak.login).toHaveBeenCalledWith({ action: 'CONFIGURE_TOTP', redirectUri: `${window.location.origin}/account-security` });
    expect((screen.getByRole('button', { name: 'Going to the sign-in service' }) as HTMLButtonElement).disabled).toBe(true);
    // Changing or removing it is in Keycloak's account pages, which bring the person back to the portal.
    expect(screen.getByRole('link', { name: 'your sign-in account settings' }).getAttribute('href')).toBe('https://sign-in.example.test/realms/childfirst/account');
    expect(keycloak.createAccountUrl).toHaveBeenCalledWith({ redirectUri: `${window.location.origin}/` });
  });

  it('says it is set up when Keycloak reports success', async () => {
    renderSecurity(['success', 'CONFIGURE_TOTP']);
    expect(await screen.findByText('2-step verification is set up')).toBeTruthy();
    expect(screen.getByText(/you will need a code from your authenticator app/).closest('.govuk-notification-banner--success')).toBeTruthy();
  });

  it('says it was not finished when the person cancels, in Welsh too', async () => {
    await testI18n?.changeLanguage('cy');
    renderSecurity(['cancelled', 'CONFIGURE_TOTP']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Dilysu 2 gam' })).toBeTruthy();
    expect(screen.getByText('Ni wnaethoch orffen gosod dilysu 2 gam. Gallwch ei osod unrhyw bryd.')).toBeTruthy();
    expect(screen.queryByText('Mae dilysu 2 gam wedi’i osod')).toBeNull();
  });
});
