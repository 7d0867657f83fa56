import type { FamilyHelpRequest, HelpRequestSubmission } from '@childfirst/domain/referrals';
import { ApiError } from '@childfirst/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FamilyApi } from '../../api/familyApi';
import { FamilyApiProvider } from '../../api/FamilyApiProvider';
import { fakeFamilyApi } from '../../testing/fakes';
import { AskForHelpPage } from './AskForHelpPage';

const sentRequest: FamilyHelpRequest = {
  id: '5b7e2f0c-2d7a-4a51-9d3c-0e6f1b2a3c4d',
  receivedAt: '2025-06-04T09:15:00+01:00',
  whatIsHappening: 'My son has stopped going to school since March.',
  status: 'awaiting-decision',
  statusHeading: 'Received – being looked at',
  statusDetail: 'Our front door team will decide what happens next within one working day.',
  decisionDueAt: '2025-06-05T09:15:00+01:00',
  decidedAt: null,
};

function fakeApi(submitHelpRequest: FamilyApi['submitHelpRequest']): FamilyApi {
  return fakeFamilyApi({ listHelpRequests: async () => [], submitHelpRequest });
}

function renderPage(submitHelpRequest: FamilyApi['submitHelpRequest'] = jest.fn(async () => sentRequest)) {
  const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <FamilyApiProvider api={fakeApi(submitHelpRequest)}>
        <main>
          <AskForHelpPage />
        </main>
      </FamilyApiProvider>
    </QueryClientProvider>,
  );
  return { submitHelpRequest, user: userEvent.setup() };
}

const validWhatIsHappening = 'My son has stopped going to school since March.';

describe('Ask for help form', () => {
  it('shows an error summary linking to each field, in page order, and sends nothing', async () => {
    const { submitHelpRequest, user } = renderPage();

    await user.click(screen.getByRole('button', { name: 'Send request' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Tell us what is happening in at least 20 characters', '#whatIsHappening'],
      ['Select how you would like us to contact you', '#preferredContact'],
    ]);
    // The summary takes focus so the person hears the problems first.
    expect(document.activeElement).toBe(summary.parentElement);
    expect(document.title).toBe('Error: Ask for help – Childfirst');
    expect(submitHelpRequest).not.toHaveBeenCalled();
  });

  it('shows each error beside its field, described by it, with a hidden "Error:" prefix', async () => {
    const { user } = renderPage();
    await user.click(screen.getByRole('button', { name: 'Send request' }));

    const textarea = screen.getByLabelText('What is happening?');
    const errorId = textarea.getAttribute('aria-describedby')?.split(' ').find((id) => id.endsWith('-error'));
    expect(errorId).toBe('whatIsHappening-error');
    expect(document.getElementById('whatIsHappening-error')?.textContent).toBe('Error: Tell us what is happening in at least 20 characters');
    expect(textarea.className).toContain('govuk-textarea--error');
    expect(textarea.closest('.govuk-form-group')?.className).toContain('govuk-form-group--error');
    // The optional question has no error.
    expect(screen.getByLabelText('What help would make a difference? (optional)').getAttribute('aria-describedby')).toBe('helpWanted-hint');
  });

  it('moves focus to the field when an error summary link is followed', async () => {
    const { user } = renderPage();
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    await user.click(screen.getByRole('link', { name: 'Select how you would like us to contact you' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Phone'));
  });

  it('asks for a phone number only when the family chooses to be phoned', async () => {
    const { user } = renderPage();
    await user.type(screen.getByLabelText('What is happening?'), validWhatIsHappening);
    await user.click(screen.getByLabelText('Phone'));
    await user.click(screen.getByRole('button', { name: 'Send request' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter a phone number so we can call you', '#contactPhone'],
    ]);
    expect(screen.getByLabelText('Phone number').getAttribute('aria-describedby')).toBe('contactPhone-hint contactPhone-error');
  });

  it('clears the errors and the "Error:" title once the answers are valid, then confirms the request was sent', async () => {
    let resolveSubmission: (request: FamilyHelpRequest) => void = () => undefined;
    const submitHelpRequest = jest.fn(
      (_submission: HelpRequestSubmission, _key: string) => new Promise<FamilyHelpRequest>((resolve) => (resolveSubmission = resolve)),
    );
    const { user } = renderPage(submitHelpRequest);
    await user.click(screen.getByRole('button', { name: 'Send request' }));

    await user.type(screen.getByLabelText('What is happening?'), `  ${validWhatIsHappening}  `);
    await user.click(screen.getByLabelText('Phone'));
    await user.type(screen.getByLabelText('Phone number'), '07700 900982');
    await user.click(screen.getByLabelText('Email'));
    await user.click(screen.getByRole('button', { name: 'Send request' }));

    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.title).toBe('Ask for help – Childfirst');
    // A number typed before choosing email is not sent, and the text is trimmed by the shared schema.
    expect(submitHelpRequest).toHaveBeenCalledWith(
      { whatIsHappening: validWhatIsHappening, preferredContact: 'email' },
      expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
    );
    const sending = screen.getByRole('button', { name: 'Sending…' });
    expect((sending as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('Sending your request');

    resolveSubmission(sentRequest);
    expect(await screen.findByRole('heading', { level: 1, name: 'Request sent' })).toBeTruthy();
    expect(screen.getByText(sentRequest.statusDetail)).toBeTruthy();
    expect(document.title).toBe('Request sent – Childfirst');
  });

  it('shows the API’s field errors the same way and resends with the same idempotency key', async () => {
    const submitHelpRequest = jest
      .fn<Promise<FamilyHelpRequest>, [HelpRequestSubmission, string]>()
      .mockRejectedValueOnce(
        new ApiError({
          status: 422,
          title: 'There is a problem with your request',
          errors: [{ path: 'body.whatIsHappening', message: 'What is happening must be 4,000 characters or fewer' }],
        }),
      )
      .mockRejectedValueOnce(new ApiError({ status: 503, title: 'Sorry, there is a problem with the service. Try again later' }))
      .mockResolvedValueOnce(sentRequest);
    const { user } = renderPage(submitHelpRequest);
    await user.type(screen.getByLabelText('What is happening?'), validWhatIsHappening);
    await user.click(screen.getByLabelText('Message in this portal'));

    await user.click(screen.getByRole('button', { name: 'Send request' }));
    const fieldSummary = await screen.findByRole('alert');
    expect(within(fieldSummary).getByRole('link', { name: 'What is happening must be 4,000 characters or fewer' }).getAttribute('href')).toBe(
      '#whatIsHappening',
    );

    await user.click(screen.getByRole('button', { name: 'Send request' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Sorry, there is a problem with the service'));
    expect(screen.getByRole('alert').textContent).toContain('Your request has not been sent. Try again.');

    await user.click(screen.getByRole('button', { name: 'Send request' }));
    await screen.findByRole('heading', { level: 1, name: 'Request sent' });
    const keys = submitHelpRequest.mock.calls.map(([, key]) => key);
    expect(new Set(keys).size).toBe(1);
    expect(keys).toHaveLength(3);
  });
});

describe('Ask for help page layout', () => {
  it('puts the error summary above the page heading', async () => {
    const { user } = renderPage();
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    const summary = screen.getByRole('alert');
    const heading = screen.getByRole('heading', { level: 1, name: 'Ask for help' });
    expect(summary.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
