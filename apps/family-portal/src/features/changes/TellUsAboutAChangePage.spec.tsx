import { changeKinds, type ChangeOfCircumstances } from '@childfirst/domain/portal';
import { ApiError } from '@childfirst/ui';
import { screen, within } from '@testing-library/react';
import type { ChangeReceipt } from '../../api/familyApi';
import { fakeFamilyApi } from '../../testing/fakes';
import { renderPage, uuid } from '../../testing/renderPage';
import { TellUsAboutAChangePage } from './TellUsAboutAChangePage';

const receipt: ChangeReceipt = { id: uuid(60), receivedAt: '2025-06-04T09:15:00+01:00', message: 'Your key worker has been told about the change.' };

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);
}

function renderChange(reportChange: jest.Mock<Promise<ChangeReceipt>, [ChangeOfCircumstances, string]> = jest.fn<Promise<ChangeReceipt>, [ChangeOfCircumstances, string]>(async () => receipt)) {
  return { reportChange, ...renderPage(<TellUsAboutAChangePage />, fakeFamilyApi({ reportChange })) };
}

describe('Tell us about a change', () => {
  it('offers the shared list of changes, in its words', () => {
    renderChange();
    const question = screen.getByRole('group', { name: 'What has changed?' });
    expect(within(question).getAllByRole('radio').map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent)).toEqual(
      Object.values(changeKinds).map((kind) => kind.label),
    );
  });

  it('checks the answers with the shared schema and links each error to its field', async () => {
    const { reportChange, user } = renderChange();
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(summaryLinks()).toEqual([
      ['Select what has changed', '#kind'],
      ['Tell us what has changed in at least 10 characters', '#details'],
    ]);
    expect(document.title).toBe('Error: Tell us about a change – Childfirst family portal');
    expect(reportChange).not.toHaveBeenCalled();
  });

  it('reads the optional date with the Design System’s messages', async () => {
    const { user } = renderChange();
    await user.click(screen.getByLabelText('We have moved or are moving'));
    await user.type(screen.getByLabelText('Tell us about the change'), 'We moved to 4 Elm Road last week.');
    await user.type(screen.getByLabelText('Day'), '12');
    await user.type(screen.getByLabelText('Month'), '5');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(summaryLinks()).toEqual([['The date of the change must include a year', '#effectiveFrom-year']]);
    expect(screen.getByLabelText('Year').className).toContain('govuk-input--error');
    expect(screen.getByLabelText('Day').className).not.toContain('govuk-input--error');
  });

  it('sends the change, resending the same Idempotency-Key after a failure, and confirms it', async () => {
    const reportChange = jest
      .fn<Promise<ChangeReceipt>, [ChangeOfCircumstances, string]>()
      .mockRejectedValueOnce(new ApiError({ status: 503, title: 'Sorry, there is a problem with the service. Try again later' }))
      .mockResolvedValueOnce(receipt);
    const { user } = renderChange(reportChange);
    await user.click(screen.getByLabelText('A child has changed school or nursery'));
    await user.type(screen.getByLabelText('Tell us about the change'), '  Jamie now goes to Oak Primary School.  ');
    await user.type(screen.getByLabelText('Day'), '2');
    await user.type(screen.getByLabelText('Month'), '6');
    await user.type(screen.getByLabelText('Year'), '2025');
    await user.click(screen.getByRole('button', { name: 'Send' }));

    const problem = await screen.findByRole('alert');
    expect(problem.textContent).toContain('Sorry, there is a problem with the service. Try again later');
    expect(problem.textContent).toContain('We may not have received it');

    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Change sent' })).toBeTruthy();
    expect(screen.getByText('We received it on 4 June 2025 at 9:15am')).toBeTruthy();
    expect(screen.getByText(receipt.message)).toBeTruthy();
    expect(reportChange.mock.calls[0]?.[0]).toEqual({ kind: 'school', details: 'Jamie now goes to Oak Primary School.', effectiveFrom: '2025-06-02' });
    const [first, second] = reportChange.mock.calls.map(([, key]) => key);
    expect(second).toBe(first);
  });

  it('shows the API’s field errors beside the fields', async () => {
    const reportChange = jest.fn().mockRejectedValue(
      new ApiError({ status: 400, title: 'There is a problem with what was sent', errors: [{ path: 'details', message: 'This must be 4,000 characters or fewer' }] }),
    );
    const { user } = renderChange(reportChange);
    await user.click(screen.getByLabelText('Something else'));
    await user.type(screen.getByLabelText('Tell us about the change'), 'Something else has changed at home.');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByRole('link', { name: 'This must be 4,000 characters or fewer' })).toBeTruthy();
    expect(document.getElementById('details-error')?.textContent).toBe('Error: This must be 4,000 characters or fewer');
  });
});
