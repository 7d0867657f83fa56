import type { FamilyMe, LinkAccount } from '@childfirst/domain/portal';
import { ApiError } from '@childfirst/ui';
import { screen, within } from '@testing-library/react';
import { fakeFamilyApi } from '../../testing/fakes';
import { linkedParent } from '../../testing/portalData';
import { renderPage } from '../../testing/renderPage';
import { LinkAccountPage } from './LinkAccountPage';

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);
}

describe('Link your account', () => {
  it('explains where the code comes from, with the format hint', () => {
    renderPage(<LinkAccountPage />, fakeFamilyApi());
    expect(screen.getByRole('heading', { level: 1, name: 'Link your account' })).toBeTruthy();
    const input = screen.getByLabelText('Invitation code');
    expect(document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent).toBe('It has 10 letters and numbers, like K7PM-Q2XD-9A');
    expect(screen.getByText(/Your key worker gives you an invitation code/)).toBeTruthy();
    expect(document.title).toBe('Link your account – Childfirst family portal');
  });

  it('checks the code with the shared schema’s messages before sending it', async () => {
    const linkAccount = jest.fn<Promise<FamilyMe>, [LinkAccount]>();
    const { user } = renderPage(<LinkAccountPage />, fakeFamilyApi({ linkAccount }));

    await user.click(screen.getByRole('button', { name: 'Link my account' }));
    expect(summaryLinks()).toEqual([['Enter the code from your invitation', '#code']]);
    expect(document.title).toBe('Error: Link your account – Childfirst family portal');

    await user.type(screen.getByLabelText('Invitation code'), 'K7PM-Q2XD');
    await user.click(screen.getByRole('button', { name: 'Link my account' }));
    expect(summaryLinks()).toEqual([['Enter the 10-character code from your invitation, like K7PM-Q2XD-9A', '#code']]);
    expect(document.getElementById('code-error')?.textContent).toBe('Error: Enter the 10-character code from your invitation, like K7PM-Q2XD-9A');
    expect(linkAccount).not.toHaveBeenCalled();
  });

  it('shows the API’s answer for a wrong, expired or used code on the code field', async () => {
    const linkAccount = jest.fn<Promise<FamilyMe>, [LinkAccount]>().mockRejectedValue(
      new ApiError({
        status: 400,
        title: 'There is a problem with what was sent',
        errors: [{ path: 'code', message: 'This code is not valid. Check it, or ask your key worker for a new invitation' }],
      }),
    );
    const { user } = renderPage(<LinkAccountPage />, fakeFamilyApi({ linkAccount }));
    await user.type(screen.getByLabelText('Invitation code'), 'k7pm-q2xd-9a');
    await user.click(screen.getByRole('button', { name: 'Link my account' }));

    expect(await screen.findByRole('link', { name: 'This code is not valid. Check it, or ask your key worker for a new invitation' })).toBeTruthy();
    expect(linkAccount).toHaveBeenCalledWith({ code: 'K7PMQ2XD9A' });
  });

  it('says when the service could not be reached, and links on the next try, going home', async () => {
    const linkAccount = jest
      .fn<Promise<FamilyMe>, [LinkAccount]>()
      .mockRejectedValueOnce(new ApiError({ status: 0, title: 'Sorry, we could not reach the service. Check your connection and try again' }))
      .mockResolvedValueOnce(linkedParent);
    const { user, queryClient } = renderPage(<LinkAccountPage />, fakeFamilyApi({ linkAccount }), { path: '/documents', route: '/documents' });
    await user.type(screen.getByLabelText('Invitation code'), 'K7PMQ2XD9A');
    // With the keyboard: Enter in the field sends the form.
    await user.keyboard('{Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain('Sorry, we could not reach the service');

    await user.click(screen.getByRole('button', { name: 'Link my account' }));
    expect(await screen.findByText('Somewhere else')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/');
    expect(queryClient.getQueryData(['family', 'me'])).toEqual(linkedParent);
  });

  it('says it in Welsh, the schema’s messages too', async () => {
    const { testI18n } = await import('../../testing/setupI18n');
    await testI18n?.changeLanguage('cy');
    const { user } = renderPage(<LinkAccountPage />, fakeFamilyApi());
    expect(screen.getByRole('heading', { level: 1, name: 'Cysylltu eich cyfrif' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cysylltu fy nghyfrif' }));
    expect(within(screen.getByRole('alert')).getByRole('heading').textContent).toBe('Mae problem wedi codi');
    expect(summaryLinks()).toEqual([['Rhowch y cod o’ch gwahoddiad', '#code']]);
    expect(document.getElementById('code-error')?.textContent).toBe('Gwall: Rhowch y cod o’ch gwahoddiad');
    expect(document.title).toBe('Gwall: Cysylltu eich cyfrif – Childfirst family portal');
  });
});
