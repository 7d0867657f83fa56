import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { unstorableTextMessage } from '@childfirst/domain/text';
import { fetchMock, headersOf, jsonResponse, type FetchMock } from '../../testing/fakes';
import { testI18n } from '../../testing/setupI18n';
import { ReportConcernPage } from './ReportConcernPage';

const receipt = { reference: 'FD-2025-000123', receivedAt: '2025-06-04T09:15:00+01:00', message: 'Thank you for telling us about this child.' };
const description = 'Sam is often left alone at night without any food.';

function renderPage(fetch: FetchMock = fetchMock().mockResolvedValue(jsonResponse(201, receipt))) {
  render(
    <main>
      <ReportConcernPage apiUrl="http://api.test" frontDoorPhone="01632 960 100" fetch={fetch as unknown as typeof globalThis.fetch} today={() => '2025-06-04'} />
    </main>,
  );
  return { fetch, user: userEvent.setup() };
}

/** Everything but the reporter's choice about who they are. */
async function answerAboutTheChildAndConcern(user: UserEvent) {
  await user.type(within(screen.getByRole('group', { name: 'Child 1' })).getByLabelText('First name'), 'Sam');
  await user.click(screen.getByLabelText('Neglect'));
  await user.type(screen.getByLabelText('What is happening?'), description);
  await user.click(screen.getByLabelText('Someone needs to respond within 24 hours'));
  await user.click(screen.getByLabelText('I know the family, for example as a neighbour, friend or childminder'));
}

const send = (user: UserEvent) => user.click(screen.getByRole('button', { name: 'Send report' }));

function sentBodies(fetch: FetchMock): Record<string, unknown>[] {
  return fetch.mock.calls.map(([, init]) => JSON.parse(init.body as string) as Record<string, unknown>);
}

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .queryAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);
}

describe('Report a concern: the page', () => {
  it('warns first that a child in immediate danger needs 999', () => {
    renderPage();
    const heading = screen.getByRole('heading', { level: 1, name: 'Report a concern about a child' });
    const warning = screen.getByText('If a child is in immediate danger, call 999').closest('.govuk-warning-text');
    expect(warning).toBeTruthy();
    expect(warning?.textContent).toBe('!WarningIf a child is in immediate danger, call 999');
    const follows = (first: Node, second: Node) => Boolean(first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(follows(heading, warning as Node)).toBe(true);
    expect(follows(warning as Node, screen.getByRole('group', { name: 'Child 1' }))).toBe(true);
  });

  it('groups the concerns under plain headings inside one question, with "Something else"', () => {
    renderPage();
    const question = screen.getByRole('group', { name: 'What are you worried about?' });
    expect(within(question).getAllByRole('group').map((group) => within(group).getByRole('heading').textContent)).toEqual([
      'Abuse or neglect',
      'The child’s parents or carers',
      'Harm outside the home',
      'The child’s health and wellbeing',
      'School and housing',
      'Anything else',
    ]);
    expect(within(within(question).getByRole('group', { name: 'Abuse or neglect' })).getByLabelText('Neglect')).toBeTruthy();
    expect(within(question).getByLabelText('Something else')).toBeTruthy();
  });

  it('asks how urgent it is, with a hint under each answer', () => {
    renderPage();
    const immediate = screen.getByLabelText('A child is at immediate risk of harm');
    expect(document.getElementById(immediate.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'If a child is in danger right now, call 999 first. Then tell us here so we can act today.',
    );
  });

  it('counts the characters left in "What is happening?"', async () => {
    const { user } = renderPage();
    const textarea = screen.getByLabelText('What is happening?');
    expect(textarea.getAttribute('aria-describedby')).toBe('description-info description-hint');
    expect(document.getElementById('description-info')?.textContent).toBe('You can enter up to 4,000 characters');
    await user.type(textarea, 'Left alone');
    expect(screen.getByText('You have 3,990 characters remaining')).toBeTruthy();
  });
});

describe('Report a concern: checking the answers', () => {
  it('shows the shared schema’s messages in an error summary linking to each field, in page order, and sends nothing', async () => {
    const { fetch, user } = renderPage();
    await send(user);

    expect(within(screen.getByRole('alert')).getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
    expect(summaryLinks()).toEqual([
      ['Enter the child’s name, or their date of birth or age and their postcode, so we can find them', '#subjects-0-givenName'],
      ['Select at least one concern', '#concerns'],
      ['Describe what you are worried about in at least 20 characters', '#description'],
      ['Select how urgent this is', '#urgency'],
      ['Select how you know the child', '#relationshipToChild'],
      ['Say whether you want to tell us who you are', '#anonymous'],
    ]);
    expect(document.activeElement).toBe(screen.getByRole('alert').parentElement);
    expect(document.title).toBe('Error: Report a concern about a child – Childfirst');
    expect(fetch).not.toHaveBeenCalled();

    // Each message is beside its question too, and describes it.
    expect(document.getElementById('concerns-error')?.textContent).toBe('Error: Select at least one concern');
    expect(screen.getByRole('group', { name: 'What are you worried about?' }).getAttribute('aria-describedby')).toBe('concerns-hint concerns-error');
    expect(screen.getByLabelText('First name').getAttribute('aria-describedby')).toBe('subjects-0-givenName-error');

    await user.click(screen.getByRole('link', { name: 'Select at least one concern' }));
    expect(document.activeElement).toBe(screen.getByLabelText(/Neglect/));
  });

  it('links a date of birth error to the part that is missing', async () => {
    const { user } = renderPage();
    await user.type(screen.getByLabelText('Day'), '27');
    await user.type(screen.getByLabelText('Month'), '3');
    await send(user);
    expect(summaryLinks()).toContainEqual(['Date of birth must include a year', '#subjects-0-dateOfBirth-year']);
    expect(screen.getByLabelText('Year').className).toContain('govuk-input--error');
    expect(screen.getByLabelText('Day').className).not.toContain('govuk-input--error');
  });

  it('shows the API’s field errors the same way', async () => {
    const fetch = fetchMock().mockResolvedValueOnce(
      jsonResponse(400, {
        title: 'There is a problem with what was sent',
        status: 400,
        errors: [{ path: 'subjects.0.schoolName', message: 'School name must be 200 characters or fewer' }],
      }),
    );
    const { user } = renderPage(fetch);
    await answerAboutTheChildAndConcern(user);
    await user.click(screen.getByLabelText('No, I want to stay anonymous'));
    await send(user);

    await waitFor(() => expect(summaryLinks()).toEqual([['School name must be 200 characters or fewer', '#subjects-0-schoolName']]));
    expect(document.getElementById('subjects-0-schoolName-error')?.textContent).toBe('Error: School name must be 200 characters or fewer');
  });
});

describe('Report a concern: text that cannot be stored', () => {
  /** Answers everything, then pastes (as people copy text from elsewhere) a NUL into "What is happening?" and half an emoji into the name. */
  async function pasteUnstorableText(user: UserEvent) {
    await answerAboutTheChildAndConcern(user);
    await user.click(screen.getByLabelText('No, I want to stay anonymous'));
    await user.click(screen.getByLabelText('What is happening?'));
    await user.paste('\u0000');
    await user.click(within(screen.getByRole('group', { name: 'Child 1' })).getByLabelText('First name'));
    await user.paste(' \ud83d');
  }

  it('says which answers have an invisible or broken character, with the shared schema’s message, and sends nothing', async () => {
    const { fetch, user } = renderPage();
    await pasteUnstorableText(user);
    await send(user);
    expect(summaryLinks()).toEqual([
      [unstorableTextMessage, '#subjects-0-givenName'],
      [unstorableTextMessage, '#description'],
    ]);
    expect(document.getElementById('description-error')?.textContent).toBe(`Error: ${unstorableTextMessage}`);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says it in Welsh too', async () => {
    await testI18n?.changeLanguage('cy');
    const { fetch, user } = renderPage();
    await user.type(within(screen.getByRole('group', { name: 'Plentyn 1' })).getByLabelText('Enw cyntaf'), 'Sam\u001b');
    await user.click(screen.getByRole('button', { name: 'Anfon adroddiad' }));
    expect(summaryLinks()).toContainEqual(['Tynnwch y nod anweledig neu doredig o’r ateb hwn, neu teipiwch yr ateb eto yn lle ei ludo', '#subjects-0-givenName']);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('Report a concern: about you', () => {
  it('sends an anonymous report without a name or contact details, and explains what that means', async () => {
    const { fetch, user } = renderPage();
    await answerAboutTheChildAndConcern(user);
    await user.click(screen.getByLabelText('Yes'));
    await user.type(screen.getByLabelText('Your name'), 'Pat Jones');
    await user.click(screen.getByLabelText('No, I want to stay anonymous'));
    expect(screen.getByText(/If you stay anonymous, we cannot contact you to ask more questions\./)).toBeTruthy();
    // The name typed before is in a hidden reveal now, and is not sent.
    expect(screen.getByLabelText('Your name').closest('.govuk-radios__conditional')?.className).toContain('govuk-radios__conditional--hidden');

    await send(user);
    await screen.findByRole('heading', { level: 1, name: 'Concern received' });
    expect(sentBodies(fetch)).toEqual([
      {
        anonymous: true,
        relationshipToChild: 'acquaintance',
        subjects: [{ kind: 'unidentified', givenName: 'Sam' }],
        concerns: ['16A'],
        description,
        urgency: 'within-24-hours',
      },
    ]);
    expect(screen.getByText('You did not tell us who you are, so we will not contact you.')).toBeTruthy();
  });

  it('asks a named reporter for their name and a way to contact them, and sends them', async () => {
    const { fetch, user } = renderPage();
    await answerAboutTheChildAndConcern(user);
    await user.click(screen.getByLabelText('Yes'));
    await send(user);
    expect(summaryLinks()).toEqual([
      ['Enter your name, or choose to stay anonymous', '#reporterName'],
      ['Enter a phone number or email address so we can contact you if we need to know more', '#reporterPhone'],
    ]);

    await user.type(screen.getByLabelText('Your name'), 'Pat Jones');
    await user.type(screen.getByLabelText('Phone number'), '07700 900982');
    await send(user);
    await screen.findByRole('heading', { level: 1, name: 'Concern received' });
    expect(sentBodies(fetch)[0]).toMatchObject({ anonymous: false, reporterName: 'Pat Jones', reporterPhone: '07700 900982', relationshipToChild: 'acquaintance' });
    expect(screen.getByText('We will only contact you if we need to know more. We will use the phone number or email address you gave us.')).toBeTruthy();
  });
});

describe('Report a concern: more than one child', () => {
  it('adds children up to the schema’s limit, checks and sends each of them, and removes one', async () => {
    const { fetch, user } = renderPage();
    await user.click(screen.getByRole('button', { name: 'Add another child' }));
    const second = screen.getByRole('group', { name: 'Child 2' });
    // Focus moves to the new child's first question, and the change is announced.
    expect(document.activeElement).toBe(within(second).getByLabelText('First name'));
    expect(screen.getByText('Child 2 added')).toBeTruthy();

    await answerAboutTheChildAndConcern(user);
    await user.click(screen.getByLabelText('No, I want to stay anonymous'));
    await send(user);
    expect(summaryLinks()).toEqual([['Enter the child’s name, or their date of birth or age and their postcode, so we can find them', '#subjects-1-givenName']]);
    expect(within(second).getByLabelText('First name').getAttribute('aria-describedby')).toBe('subjects-1-givenName-error');

    await user.type(within(second).getByLabelText('If you do not know their date of birth, how old are they?'), '4');
    await user.type(within(second).getByLabelText('Postcode where they live'), 'sg1 1aa');
    for (let count = 3; count <= 10; count += 1) await user.click(screen.getByRole('button', { name: 'Add another child' }));
    expect(screen.getAllByRole('group', { name: /^Child \d+$/ })).toHaveLength(10);
    expect(screen.queryByRole('button', { name: 'Add another child' })).toBeNull();
    expect(screen.getByText(/You can tell us about up to 10 children in one report/)).toBeTruthy();

    for (let count = 10; count >= 3; count -= 1) await user.click(screen.getByRole('button', { name: `Remove child ${count}` }));
    expect(screen.getByText('Child 3 removed')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add another child' }));
    expect(screen.getAllByRole('group', { name: /^Child \d+$/ })).toHaveLength(2);

    await send(user);
    await screen.findByRole('heading', { level: 1, name: 'Concern received' });
    expect(sentBodies(fetch)[0]?.subjects).toEqual([
      { kind: 'unidentified', givenName: 'Sam' },
      { kind: 'unidentified', approximateAge: 4, postcode: 'SG1 1AA' },
    ]);
  });

  it('removes the child chosen, keeping what was typed about the others', async () => {
    const { user } = renderPage();
    await user.type(screen.getByLabelText('First name'), 'Sam');
    await user.click(screen.getByRole('button', { name: 'Add another child' }));
    await user.type(within(screen.getByRole('group', { name: 'Child 2' })).getByLabelText('First name'), 'Ali');
    await user.click(screen.getByRole('button', { name: 'Remove child 1' }));
    const only = screen.getByRole('group', { name: 'Child 1' });
    expect((within(only).getByLabelText('First name') as HTMLInputElement).value).toBe('Ali');
    expect(screen.queryByRole('button', { name: /Remove child/ })).toBeNull();
  });
});

describe('Report a concern: sending', () => {
  it('resends with the same Idempotency-Key after a network failure', async () => {
    const fetch = fetchMock()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(jsonResponse(200, receipt));
    const { user } = renderPage(fetch);
    await answerAboutTheChildAndConcern(user);
    await user.click(screen.getByLabelText('No, I want to stay anonymous'));

    await send(user);
    const problem = await screen.findByRole('alert');
    expect(problem.textContent).toContain('Sorry, we could not reach the service. Check your connection and try again');
    expect(problem.textContent).toContain('We may not have received your report. Send it again: if it did reach us, we will not record it twice.');

    await send(user);
    await screen.findByRole('heading', { level: 1, name: 'Concern received' });
    const keys = fetch.mock.calls.map(([, init]) => headersOf(init)['Idempotency-Key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(fetch.mock.calls.every(([, init]) => !('Authorization' in headersOf(init)))).toBe(true);
  });

  it('says when too many reports have come from this device, with a number to phone', async () => {
    const fetch = fetchMock().mockResolvedValueOnce(jsonResponse(429, { title: 'Too many requests', status: 429 }));
    const { user } = renderPage(fetch);
    await answerAboutTheChildAndConcern(user);
    await user.click(screen.getByLabelText('No, I want to stay anonymous'));
    await send(user);

    const problem = await screen.findByRole('alert');
    expect(within(problem).getByRole('heading').textContent).toBe('There is a problem');
    expect(problem.textContent).toContain('Too many reports have been sent from this device. Try again in a few minutes, or phone 01632 960 100.');
    expect(document.title).toBe('Error: Report a concern about a child – Childfirst');
  });

  it('shows that it is sending, and sends once however often the button is pressed', async () => {
    let answer: (response: Response) => void = () => undefined;
    const fetch = fetchMock().mockImplementation(() => new Promise<Response>((resolve) => (answer = resolve)));
    const { user } = renderPage(fetch);
    await answerAboutTheChildAndConcern(user);
    await user.click(screen.getByLabelText('No, I want to stay anonymous'));
    await send(user);

    const sending = screen.getByRole('button', { name: 'Sending…' }) as HTMLButtonElement;
    expect(sending.disabled).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('Sending your report');
    sending.form?.requestSubmit();
    expect(fetch).toHaveBeenCalledTimes(1);

    answer(jsonResponse(201, receipt));
    await screen.findByRole('heading', { level: 1, name: 'Concern received' });
  });
});

describe('Report a concern: received', () => {
  it('confirms with the reference and says what happens next, in plain English', async () => {
    const { user } = renderPage();
    await answerAboutTheChildAndConcern(user);
    await user.click(screen.getByLabelText('No, I want to stay anonymous'));
    await send(user);

    const heading = await screen.findByRole('heading', { level: 1, name: 'Concern received' });
    const panel = heading.closest('.govuk-panel');
    expect(panel?.className).toContain('govuk-panel--confirmation');
    expect(panel?.textContent).toContain('Your reference number');
    expect(within(panel as HTMLElement).getByText('FD-2025-000123').tagName).toBe('STRONG');
    expect(document.activeElement).toBe(heading);
    expect(document.title).toBe('Concern received – Childfirst');

    expect(screen.getByText('We received it on 4 June 2025 at 9:15am.')).toBeTruthy();
    expect(screen.getByText(receipt.message)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'What happens next' })).toBeTruthy();
    expect(screen.getByText(/Our front door team looks at every concern within one working day/)).toBeTruthy();
    expect(screen.getByText('We cannot tell you what happens to the child or their family. This is to protect their privacy.')).toBeTruthy();
    expect(screen.getByText('If a child is in immediate danger, call 999.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Report another concern' }).getAttribute('href')).toBe('/report-a-concern');
  });
});

describe('Report a concern: in Welsh', () => {
  /** What the API answers an anonymous report with, in English: the page shows it in Welsh. */
  const anonymousReceipt = {
    ...receipt,
    message:
      'Thank you for telling us. Our front door team looks at every concern within one working day. You chose not to give your details, so we cannot contact you. We cannot tell you what happens to the child or their family: this is to protect their privacy.',
  };

  it('asks, checks the answers and confirms in Welsh, with the shared schema’s messages translated', async () => {
    await testI18n?.changeLanguage('cy');
    const { fetch, user } = renderPage(fetchMock().mockResolvedValue(jsonResponse(201, anonymousReceipt)));
    expect(screen.getByRole('heading', { level: 1, name: 'Rhoi gwybod am bryder am blentyn' })).toBeTruthy();
    expect(document.title).toBe('Rhoi gwybod am bryder am blentyn – Childfirst');
    expect(screen.getByText('Os yw plentyn mewn perygl uniongyrchol, ffoniwch 999').closest('.govuk-warning-text')?.textContent).toBe(
      '!RhybuddOs yw plentyn mewn perygl uniongyrchol, ffoniwch 999',
    );
    const child = screen.getByRole('group', { name: 'Plentyn 1' });
    expect(within(child).getByLabelText('Enw cyntaf')).toBeTruthy();
    expect(within(child).getByRole('group', { name: 'Dyddiad geni' })).toBeTruthy();
    expect(within(child).getByLabelText('Blwyddyn')).toBeTruthy();
    expect(within(screen.getByRole('group', { name: 'Beth sy’n eich poeni?' })).getByRole('group', { name: 'Cam-drin neu esgeulustod' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Anfon adroddiad' }));
    expect(within(screen.getByRole('alert')).getByRole('heading', { name: 'Mae problem wedi codi' })).toBeTruthy();
    expect(summaryLinks()).toEqual([
      ['Rhowch enw’r plentyn, neu ei ddyddiad geni neu ei oedran a’i god post, er mwyn i ni allu dod o hyd iddo', '#subjects-0-givenName'],
      ['Dewiswch o leiaf un pryder', '#concerns'],
      ['Disgrifiwch beth sy’n eich poeni mewn 20 nod o leiaf', '#description'],
      ['Dewiswch pa mor frys yw hyn', '#urgency'],
      ['Dewiswch sut rydych yn adnabod y plentyn', '#relationshipToChild'],
      ['Dywedwch a ydych am ddweud wrthym pwy ydych chi', '#anonymous'],
    ]);
    expect(document.getElementById('concerns-error')?.textContent).toBe('Gwall: Dewiswch o leiaf un pryder');
    expect(document.getElementById('subjects-0-givenName-error')?.textContent).toBe(
      'Gwall: Rhowch enw’r plentyn, neu ei ddyddiad geni neu ei oedran a’i god post, er mwyn i ni allu dod o hyd iddo',
    );
    expect(document.title).toBe('Gwall: Rhoi gwybod am bryder am blentyn – Childfirst');
    expect(fetch).not.toHaveBeenCalled();

    // The Design System's date messages too.
    await user.type(within(child).getByLabelText('Diwrnod'), '27');
    await user.type(within(child).getByLabelText('Mis'), '3');
    await user.click(screen.getByRole('button', { name: 'Anfon adroddiad' }));
    expect(summaryLinks()).toContainEqual(['Rhaid i’r dyddiad geni gynnwys blwyddyn', '#subjects-0-dateOfBirth-year']);
    await user.type(within(child).getByLabelText('Blwyddyn'), '2019');

    await user.type(within(child).getByLabelText('Enw cyntaf'), 'Sam');
    await user.click(screen.getByLabelText('Esgeulustod'));
    await user.type(screen.getByLabelText('Beth sy’n digwydd?'), description);
    await user.click(screen.getByLabelText('Mae angen i rywun ymateb o fewn 24 awr'));
    await user.click(screen.getByLabelText('Rwy’n adnabod y teulu, er enghraifft fel cymydog, ffrind neu warchodwr plant'));
    await user.click(screen.getByLabelText('Nac ydw, rwyf am aros yn ddienw'));
    await user.click(screen.getByRole('button', { name: 'Anfon adroddiad' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Pryder wedi dod i law' });
    // The answers go as codes, whatever the language.
    expect(sentBodies(fetch)[0]).toMatchObject({ anonymous: true, concerns: ['16A'], urgency: 'within-24-hours', relationshipToChild: 'acquaintance' });
    expect(heading.closest('.govuk-panel')?.textContent).toContain('Eich cyfeirnod');
    expect(document.title).toBe('Pryder wedi dod i law – Childfirst');
    expect(screen.getByText('Cawsom ef ar 4 Mehefin 2025 am 9:15yb.')).toBeTruthy();
    expect(screen.getByText(/^Diolch am roi gwybod i ni\. Mae ein tîm drws ffrynt/)).toBeTruthy();
    expect(screen.getByText('Ni wnaethoch ddweud wrthym pwy ydych chi, felly ni fyddwn yn cysylltu â chi.')).toBeTruthy();
    expect(screen.getByText('Os bydd rhywbeth arall yn digwydd, neu os byddwch yn cofio rhagor, ffoniwch 01632 960 100 a rhowch eich cyfeirnod, neu anfonwch adroddiad arall.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Rhoi gwybod am bryder arall' }).getAttribute('href')).toBe('/report-a-concern');
  });

  it('changes language with the form half filled in, keeping the answers', async () => {
    const { user } = renderPage();
    await user.type(screen.getByLabelText('First name'), 'Sam');
    await user.click(screen.getByRole('button', { name: 'Add another child' }));
    await act(() => testI18n?.changeLanguage('cy'));
    expect(screen.getByRole('heading', { level: 1, name: 'Rhoi gwybod am bryder am blentyn' })).toBeTruthy();
    expect((within(screen.getByRole('group', { name: 'Plentyn 1' })).getByLabelText('Enw cyntaf') as HTMLInputElement).value).toBe('Sam');
    expect(screen.getByRole('button', { name: 'Tynnu plentyn 2' })).toBeTruthy();
  });
});
