import type { InitialDecision, TriageDecisionV2 } from '@childfirst/domain/referrals';
import { ApiError, createJsonClient } from '@childfirst/ui';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FrontDoorReferral } from '../../api/frontDoorTypes';
import type { PersonSearchCriteria } from '../../api/peopleTypes';
import { createFileClient } from '../../api/fileClient';
import { createStaffApi, type StaffApi } from '../../api/staffApi';
import {
  adamsReferral,
  alexRecord,
  decidedAdamsReferral,
  frontDoorIds,
  newFamilyReferral,
  practitioners,
  testNow,
} from '../../testing/frontDoorFixtures';
import { adamsChronology, ids } from '../../testing/recordFixtures';
import { renderStaffApp } from '../../testing/renderStaffApp';

const pathOf = (referral: FrontDoorReferral) => `/referrals/${referral.id}`;

/** At `testNow`, the morning after the Adams referral arrived: its decision is not yet due. Time runs on from there. */
function renderReferral(referral: FrontDoorReferral = adamsReferral, api: Partial<StaffApi> = {}) {
  jest.useFakeTimers({ now: new Date(testNow), advanceTimers: true });
  const rendered = renderStaffApp(pathOf(referral), {
    getReferral: async () => referral,
    getChronology: async () => adamsChronology,
    searchPractitioners: async () => practitioners,
    ...api,
  });
  return { ...rendered, user: userEvent.setup({ advanceTimers: jest.advanceTimersByTime }) };
}

/** The links of the error summary, as [text, href]. */
function summaryLinks(): [string | null, string | null][] {
  const summary = screen.getByText('There is a problem').closest('[role="alert"]') as HTMLElement;
  return within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);
}

function rowValue(key: string, container: HTMLElement = document.body): HTMLElement {
  const term = within(container).getByText(key, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
}

describe('Referral page', () => {
  afterEach(() => jest.useRealTimers());

  it('shows the referral, who made it and why, with the decision clock counting down', async () => {
    jest.useFakeTimers({ now: new Date(testNow) });
    renderStaffApp(pathOf(adamsReferral), { getReferral: async () => adamsReferral, getChronology: async () => adamsChronology });

    expect(await screen.findByRole('heading', { level: 1, name: 'Adams' })).toBeTruthy();
    expect(screen.getByText('Referral 00000020')).toBeTruthy();
    expect(rowValue('How it came in').textContent).toBe('Professional referral');
    expect(rowValue('Referrer').textContent).toBe(
      'Priya ShahDesignated safeguarding lead, Oakfield Primary SchoolPhone: 01632 960 001Email: p.shah@oakfield.example.sch.uk',
    );
    expect(within(rowValue('Decision due')).getByText('Wednesday 4 June 2025 at 9:05am')).toBeTruthy();
    expect(within(rowValue('Decision due')).getByText('On time')).toBeTruthy();
    expect(within(rowValue('Decision due')).getByText('Due in 22 hours 5 minutes')).toBeTruthy();
    expect(within(rowValue('Priority')).getByText('Amber')).toBeTruthy();
    expect(rowValue('Urgency').textContent).toBe('Someone needs to respond within 24 hours');
    expect(within(rowValue('Concerns')).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['School attendance', 'Neglect']);
    expect(rowValue('Family’s agreement').textContent).toBe('The family was not askedMum could not be reached by phone.');
    expect(rowValue('Description').textContent).toContain('His younger brother Alex is often late.');
    expect(rowValue('Their reference').textContent).toBe('OAK-2025-114');
    expect(rowValue('Assigned to').textContent).toBe('Tara Triage');
    expect(within(rowValue('Assigned to').parentElement as HTMLElement).getByRole('link', { name: 'Change who is working on this referral' }).getAttribute('href')).toBe(
      `/referrals/${adamsReferral.id}/assignee`,
    );

    // Read first: a re-referral and an open prevention alert.
    expect(screen.getByText(/This is a re-referral: the same child was referred on 6 January 2025 \(outcome: Early help/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'See the earlier referral' }).getAttribute('href')).toBe(`/referrals/${frontDoorIds.earlierAdamsReferral}`);
    expect(screen.getByText('Two or more agencies raised concerns about Sam Adams within 7 days: Education, Health')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Referral received 6 January 2025 at 9am from Health visitor' })).toBeTruthy();

    // The children: one matched to their record, one not yet.
    const children = screen.getByRole('region', { name: 'The children' });
    expect(within(children).getByRole('link', { name: 'See Sam Adams’s record' }).getAttribute('href')).toBe(`/people/${ids.sam}`);
    expect(rowValue('Age', children).textContent).toBe('About 6');
    expect(within(children).getByText('Not matched to a record yet')).toBeTruthy();
    expect(within(children).getByRole('button', { name: 'Find their record (Alex Adams)' })).toBeTruthy();
    expect(document.title).toBe('Referral – Childfirst');
  });

  it('shows what a family asked for, and how they want to be contacted', async () => {
    renderReferral(newFamilyReferral);
    expect(await screen.findByRole('heading', { level: 1, name: 'Begum' })).toBeTruthy();
    expect(screen.getByText('Phone: 07700 900982')).toBeTruthy();
    expect(rowValue('Help the family would like').textContent).toBe('Someone to talk to about parenting.');
    expect(screen.queryByText('Referrer', { selector: 'dt' })).toBeNull();
    expect(screen.getByText('The referral does not name the children yet.')).toBeTruthy();
  });

  it('puts the agencies’ answers beside the family’s chronology', async () => {
    jest.useFakeTimers({ now: new Date(testNow) });
    const getChronology = jest.fn(async () => adamsChronology);
    renderStaffApp(pathOf(adamsReferral), { getReferral: async () => adamsReferral, getChronology });

    const section = await screen.findByRole('region', { name: 'Information from agencies' });
    const [answers, chronology] = Array.from(section.querySelectorAll<HTMLElement>('.govuk-grid-row > .govuk-grid-column-one-half'));
    if (!answers || !chronology) throw new Error('expected two columns');

    expect(within(answers).getByRole('heading', { level: 3, name: 'Agency answers' })).toBeTruthy();
    expect(within(answers).getByText('1 of 2 agencies have answered.')).toBeTruthy();
    const health = within(answers).getByRole('heading', { level: 4, name: 'Health' }).closest('.govuk-summary-card') as HTMLElement;
    expect(rowValue('Answer', health).textContent).toBe('Sam is known to CAMHS. Two appointments were missed in May.');
    expect(rowValue('Known to the agency', health).textContent).toBe('Yes');
    expect(rowValue('Concerns held', health).textContent).toBe('Medium');
    expect(within(rowValue('Answer due', health)).getByText('Answered').className).toContain('govuk-tag--green');
    const education = within(answers).getByRole('heading', { level: 4, name: 'Education' }).closest('.govuk-summary-card') as HTMLElement;
    expect(rowValue('Answer', education).textContent).toBe('Not answered yet');
    expect(within(rowValue('Answer due', education)).getByText('Waiting for an answer')).toBeTruthy();
    expect(within(rowValue('Answer due', education)).getByText('Due in 22 hours 30 minutes')).toBeTruthy();

    expect(within(chronology).getByRole('heading', { level: 3, name: 'Family chronology' })).toBeTruthy();
    const entries = await within(chronology).findByRole('list', { name: 'Family chronology, newest first' });
    expect(within(entries).getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent)).toEqual(['Home visit', 'Referral received – Sam Adams']);
    expect(within(chronology).getByRole('link', { name: 'Open the family’s case' }).getAttribute('href')).toBe(`/cases/${ids.case}`);
    expect(getChronology).toHaveBeenCalledWith(ids.case, { agency: [], eventType: [] });
  });

  it('says there is no chronology before the family has a case', async () => {
    const getChronology = jest.fn();
    renderReferral(newFamilyReferral, { getChronology });
    expect(await screen.findByText(/The family does not have a case yet/)).toBeTruthy();
    expect(screen.getByText('No agencies have been asked for information yet.')).toBeTruthy();
    expect(getChronology).not.toHaveBeenCalled();
  });

  describe('setting the priority and asking agencies', () => {
    it('asks a question of each agency ticked, revealed under its box, and checks them before sending', async () => {
      const startInformationGathering = jest.fn();
      const { user } = renderReferral(newFamilyReferral, { startInformationGathering });
      const form = await screen.findByRole('form', { name: 'Set priority and ask agencies' });
      expect(within(form).getByText('Needs that are not urgent: agencies answer within 72 hours.')).toBeTruthy();

      const question = within(form).getByLabelText('What do you need to know from Education?');
      expect(question.closest('.govuk-checkboxes__conditional')?.className).toContain('govuk-checkboxes__conditional--hidden');
      await user.click(within(form).getByLabelText('Education'));
      expect(question.closest('.govuk-checkboxes__conditional')?.className).not.toContain('--hidden');
      expect(within(form).getByLabelText('Education').getAttribute('aria-controls')).toBe(question.closest('.govuk-checkboxes__conditional')?.id);
      await user.click(within(form).getByLabelText('Police'));
      await user.type(within(form).getByLabelText('What do you need to know from Police?'), 'Known?');
      await user.click(within(form).getByRole('button', { name: 'Save priority and ask agencies' }));

      expect(summaryLinks()).toEqual([
        ['Select a priority: red, amber or green', '#rag'],
        ['Enter what you need to know from Education', '#question-education'],
        ['Enter what you need to know from the agency in at least 10 characters', '#question-police'],
      ]);
      expect(within(form).getByText('Enter what you need to know from Education', { selector: '.govuk-error-message' })).toBeTruthy();
      await waitFor(() => expect(document.title).toBe('Error: Referral – Childfirst'));
      expect(startInformationGathering).not.toHaveBeenCalled();
    });

    it('sends the priority and the questions on the version shown, with If-Match, and says who was asked', async () => {
      const headers: Record<string, string>[] = [];
      const bodies: unknown[] = [];
      // The real client, so the request itself is checked: jsdom has no fetch Response, and the client reads only these members of one.
      const fetchMock = jest.fn(async (_url: string, init: RequestInit) => {
        headers.push(init.headers as Record<string, string>);
        bodies.push(JSON.parse(String(init.body)));
        return { ok: true, status: 200, headers: { get: () => 'application/json' }, json: async () => ({ ...newFamilyReferral, rag: 'red', ragLabel: 'Red', version: 2 }) };
      });
      const clientOptions = { baseUrl: 'http://api.test', getToken: async () => 'token', fetch: fetchMock as unknown as typeof fetch };
      const client = createStaffApi(createJsonClient(clientOptions), createFileClient(clientOptions));
      const { user } = renderReferral(newFamilyReferral, { startInformationGathering: client.startInformationGathering });
      const form = await screen.findByRole('form', { name: 'Set priority and ask agencies' });

      await user.click(within(form).getByLabelText('Red'));
      await user.click(within(form).getByLabelText('Education'));
      await user.type(within(form).getByLabelText('What do you need to know from Education?'), 'Is the child attending school this term?');
      await user.click(within(form).getByLabelText('Health'));
      await user.type(within(form).getByLabelText('What do you need to know from Health?'), 'Is the family known to the health visitor?');
      await user.click(within(form).getByRole('button', { name: 'Save priority and ask agencies' }));

      const banner = await screen.findByRole('alert', { name: 'Success' });
      expect(banner.textContent).toContain('Priority set to Red');
      expect(banner.textContent).toContain('Education and Health have been asked for information.');
      expect(fetchMock.mock.calls[0]?.[0]).toBe(`http://api.test/staff/referrals/${newFamilyReferral.id}/information-gathering`);
      expect(headers[0]).toMatchObject({ 'If-Match': '"1"' });
      expect(bodies[0]).toEqual({
        rag: 'red',
        informationRequests: [
          { agency: 'education', question: 'Is the child attending school this term?' },
          { agency: 'health', question: 'Is the family known to the health visitor?' },
        ],
      } satisfies InitialDecision);
      // The form is ready for the next agencies.
      await waitFor(() => expect((within(form).getByLabelText('Education') as HTMLInputElement).checked).toBe(false));
    });

    it('lists the agencies already asked and offers only the others', async () => {
      const startInformationGathering = jest.fn(async (_id: string, _decision: InitialDecision, _version: number) => adamsReferral);
      const { user } = renderReferral(adamsReferral, { startInformationGathering });
      const form = await screen.findByRole('form', { name: 'Change priority or ask more agencies' });
      expect(within(within(form).getByRole('list', { name: 'Agencies already asked' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
        'Health, on 3 June 2025 at 9:30am',
        'Education, on 3 June 2025 at 9:30am',
      ]);
      const offered = within(form).getByRole('group', { name: 'Which other agencies do you need to ask?' });
      expect(within(offered).getAllByRole('checkbox').map((box) => (box as HTMLInputElement).value)).toEqual(['social-care', 'police', 'voluntary', 'housing']);
      // The priority set before is chosen already.
      expect((within(form).getByLabelText('Amber') as HTMLInputElement).checked).toBe(true);

      await user.click(within(offered).getByLabelText('Housing'));
      await user.type(within(form).getByLabelText('What do you need to know from Housing?'), 'Is the family at risk of losing their home?');
      await user.click(within(form).getByRole('button', { name: 'Save priority and ask agencies' }));
      expect(startInformationGathering).toHaveBeenCalledWith(
        adamsReferral.id,
        { rag: 'amber', informationRequests: [{ agency: 'housing', question: 'Is the family at risk of losing their home?' }] },
        3,
      );
      expect((await screen.findByRole('alert', { name: 'Success' })).textContent).toContain('Housing has been asked for information.');
    });

    it('reloads the referral when it changed since it was opened', async () => {
      const getReferral = jest.fn<Promise<FrontDoorReferral>, [string]>().mockResolvedValueOnce(newFamilyReferral).mockResolvedValue({ ...newFamilyReferral, rag: 'green', ragLabel: 'Green', version: 2 });
      const { user } = renderReferral(newFamilyReferral, {
        getReferral,
        startInformationGathering: async () => {
          throw new ApiError({ status: 409, title: 'This referral has changed since you opened it', detail: 'Sam Jones set the priority to green at 10:02am.' });
        },
      });
      const form = await screen.findByRole('form', { name: 'Set priority and ask agencies' });
      await user.click(within(form).getByLabelText('Red'));
      await user.click(within(form).getByRole('button', { name: 'Save priority and ask agencies' }));
      const banner = await screen.findByRole('alert', { name: 'Important' });
      expect(banner.textContent).toContain('Sam Jones set the priority to green at 10:02am.');
      await waitFor(() => expect(getReferral).toHaveBeenCalledTimes(2));
    });
  });

  describe('deciding', () => {
    it('validates the decision with the shared schema before sending, with the summary at the top of the page', async () => {
      const decideReferral = jest.fn();
      const { user } = renderReferral(adamsReferral, { decideReferral });

      await user.click(await screen.findByRole('button', { name: 'Record decision' }));
      expect(summaryLinks()).toEqual([
        ['Select an outcome', '#outcome'],
        ['Give the reason for the decision in at least 10 characters', '#reason'],
      ]);
      // The summary sits at the top of the page, above the h1, and takes focus.
      const summary = screen.getByText('There is a problem').closest('[role="alert"]') as HTMLElement;
      const heading = screen.getByRole('heading', { level: 1 });
      expect(summary.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(document.activeElement).toBe(summary.parentElement);
      await waitFor(() => expect(document.title).toBe('Error: Referral – Childfirst'));
      expect(decideReferral).not.toHaveBeenCalled();
    });

    it('says what happens next under each outcome', async () => {
      renderReferral();
      const outcomes = await screen.findByRole('group', { name: 'What is your decision?' });
      expect(within(outcomes).getByText(/^The referrer is told: “Thank you for your referral\. A key worker will offer the family early help/)).toBeTruthy();
      expect(within(outcomes).getByText(/Please do not discuss the referral with the family\.” The family is not told automatically/)).toBeTruthy();
    });

    it('asks for the key worker under early help, and sends the one chosen with the version shown', async () => {
      const decideReferral = jest.fn(async (_id: string, _decision: TriageDecisionV2, _version: number) => decidedAdamsReferral);
      const searchPractitioners = jest.fn(async (_name: string) => practitioners);
      const { user } = renderReferral(adamsReferral, { decideReferral, searchPractitioners });

      const keyWorkerBox = await screen.findByLabelText('Find the key worker by name');
      expect(keyWorkerBox.closest('.govuk-radios__conditional')?.className).toContain('--hidden');
      await user.click(screen.getByLabelText('Early help (allocate a key worker)'));
      expect(keyWorkerBox.closest('.govuk-radios__conditional')?.className).not.toContain('--hidden');
      await user.type(screen.getByLabelText('Reason for the decision'), 'Attendance concerns; the family wants support.');
      await user.click(screen.getByRole('button', { name: 'Record decision' }));
      expect(summaryLinks()).toEqual([['Choose the key worker who will offer the family early help', '#keyWorkerName']]);

      // Enter in the search box searches; it does not record the decision.
      await user.type(keyWorkerBox, 'Ka{Enter}');
      expect(searchPractitioners).toHaveBeenCalledWith('Ka');
      const choice = await screen.findByRole('group', { name: 'Choose the key worker (2 found)' });
      await user.click(within(choice).getByLabelText('Kay Kimberley'));
      await user.click(screen.getByRole('button', { name: 'Record decision' }));

      expect(decideReferral).toHaveBeenCalledTimes(1);
      expect(decideReferral).toHaveBeenCalledWith(
        adamsReferral.id,
        { outcome: 'early-help', reason: 'Attendance concerns; the family wants support.', keyWorkerPractitionerId: frontDoorIds.kay },
        3,
      );
      const banner = await screen.findByRole('alert', { name: 'Success' });
      expect(banner.textContent).toContain('Decision recorded: Early help (allocate a key worker)');
      expect(document.activeElement).toBe(banner);
      expect(screen.queryByRole('button', { name: 'Record decision' })).toBeNull();
      const decision = screen.getByRole('region', { name: 'Decision' });
      expect(rowValue('Key worker', decision).textContent).toBe('Kim Okafor');
      expect(rowValue('Decided by', decision).textContent).toBe('Tara Triage');
      expect(rowValue('Referrer told', decision).textContent).toBe('3 June 2025 at 12:01pm');
      expect(rowValue('Family told', decision).textContent).toBe('3 June 2025 at 12:01pm');
      expect(document.title).toBe('Referral – Childfirst');
    });

    it('asks for the services under signposting, and sends only what the outcome chosen takes', async () => {
      const decideReferral = jest.fn(async (_id: string, _decision: TriageDecisionV2, _version: number) => decidedAdamsReferral);
      const { user } = renderReferral(adamsReferral, { decideReferral });

      await user.click(await screen.findByLabelText('Signpost to universal services'));
      await user.type(screen.getByLabelText('Reason for the decision'), 'Universal services can meet these needs.');
      await user.click(screen.getByRole('button', { name: 'Record decision' }));
      expect(summaryLinks()).toEqual([['Enter the services the family is being signposted to', '#signpostServices']]);

      await user.type(screen.getByLabelText('Which services is the family being signposted to?'), 'Parenting course at Bedwell family centre');
      // Changing the outcome afterwards leaves the services out of what is sent.
      await user.click(screen.getByLabelText('No further action'));
      await user.click(screen.getByRole('button', { name: 'Record decision' }));
      expect(decideReferral).toHaveBeenLastCalledWith(adamsReferral.id, { outcome: 'no-further-action', reason: 'Universal services can meet these needs.' }, 3);
    });

    it('asks why the decision is late once it is overdue, and sends the reason with it', async () => {
      jest.useFakeTimers({ now: new Date('2025-06-04T09:00:00Z'), advanceTimers: true });
      const decideReferral = jest.fn(async (_id: string, _decision: TriageDecisionV2, _version: number) => ({ ...decidedAdamsReferral, lateReason: 'Waiting for the school to answer.' }));
      renderStaffApp(pathOf(adamsReferral), { getReferral: async () => adamsReferral, getChronology: async () => adamsChronology, decideReferral });
      const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });

      await user.click(await screen.findByLabelText('No further action'));
      await user.type(screen.getByLabelText('Reason for the decision'), 'Universal services are enough.');
      await user.click(screen.getByRole('button', { name: 'Record decision' }));
      expect(summaryLinks()).toEqual([['Say why the decision is late, in at least 10 characters', '#lateReason']]);

      await user.type(screen.getByLabelText('Why is the decision late?'), 'Waiting for the school to answer.');
      await user.click(screen.getByRole('button', { name: 'Record decision' }));
      expect(decideReferral).toHaveBeenCalledWith(
        adamsReferral.id,
        { outcome: 'no-further-action', reason: 'Universal services are enough.', lateReason: 'Waiting for the school to answer.' },
        3,
      );
      const decision = await screen.findByRole('region', { name: 'Decision' });
      expect(rowValue('Why it was late', decision).textContent).toBe('Waiting for the school to answer.');
    });

    it('asks why the decision is late when the API says it is, though this device’s clock does not', async () => {
      const decideReferral = jest.fn(async (): Promise<FrontDoorReferral> => {
        throw new ApiError({ status: 400, title: 'There is a problem with what was sent', errors: [{ path: 'lateReason', message: 'Say why the decision is late' }] });
      });
      const { user } = renderReferral(adamsReferral, { decideReferral });
      await user.click(await screen.findByLabelText('No further action'));
      await user.type(screen.getByLabelText('Reason for the decision'), 'Universal services are enough.');
      expect(screen.queryByLabelText('Why is the decision late?')).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Record decision' }));
      await waitFor(() => expect(summaryLinks()).toEqual([['Say why the decision is late', '#lateReason']]));
      expect(screen.getByLabelText('Why is the decision late?')).toBeTruthy();
    });

    it('shows why a decision was refused when someone else decided first, and reloads the referral', async () => {
      const getReferral = jest.fn<Promise<FrontDoorReferral>, [string]>().mockResolvedValueOnce(adamsReferral).mockResolvedValue(decidedAdamsReferral);
      const decideReferral = jest.fn(async () => {
        throw new ApiError({ status: 409, title: 'This referral has already been decided', detail: 'Sam Jones decided it at 10:02am.' });
      });
      const { user } = renderReferral(adamsReferral, { getReferral, decideReferral });

      await user.click(await screen.findByLabelText('No further action'));
      await user.type(screen.getByLabelText('Reason for the decision'), 'Universal services are enough.');
      await user.click(screen.getByRole('button', { name: 'Record decision' }));

      const banner = await screen.findByRole('alert', { name: 'Important' });
      expect(banner.textContent).toContain('This referral has already been decided');
      expect(banner.textContent).toContain('Sam Jones decided it at 10:02am.');
      await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Decision' })).toBeTruthy());
      expect(getReferral).toHaveBeenCalledTimes(2);
    });

    it('shows the referral but no forms to someone who may only view', async () => {
      renderReferral(adamsReferral, { getStaffProfile: async () => ({ displayName: 'Ira Viewer', roles: ['team-manager'], capabilities: ['referral:triage:view'] }) });
      expect(await screen.findByText('Only triage managers and team managers can decide referrals.')).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'Record decision' })).toBeNull();
      expect(screen.queryByRole('form', { name: /priority/ })).toBeNull();
      expect(screen.queryByRole('button', { name: /Find their record/ })).toBeNull();
      expect(screen.queryByRole('link', { name: /^Change/ })).toBeNull();
    });
  });

  it('matches a child to their record, found by name and date of birth', async () => {
    const searchPeople = jest.fn(async (_criteria: PersonSearchCriteria) => [alexRecord]);
    const matched: FrontDoorReferral = {
      ...adamsReferral,
      version: 4,
      subjects: adamsReferral.subjects.map((subject) =>
        subject.id === frontDoorIds.alexSubject ? { ...subject, personId: alexRecord.id, matchedAt: '2025-06-03T10:30:00Z', matchedBy: 'Tara Triage' } : subject,
      ),
    };
    const matchReferralSubject = jest.fn(async (_referralId: string, _subjectId: string, _personId: string) => matched);
    const { user } = renderReferral(adamsReferral, { searchPeople, matchReferralSubject });

    await user.click(await screen.findByRole('button', { name: 'Find their record (Alex Adams)' }));
    const search = screen.getByRole('search', { name: 'Find Alex Adams’s record' });
    expect((within(search).getByLabelText('Name') as HTMLInputElement).value).toBe('Alex Adams');
    await user.type(within(search).getByLabelText('Year'), '2019');
    await user.click(within(search).getByRole('button', { name: 'Search' }));
    expect(summaryLinks()).toEqual([['Date of birth must include a day and month', `#match-${frontDoorIds.alexSubject}-dateOfBirth-day`]]);
    expect(searchPeople).not.toHaveBeenCalled();

    await user.clear(within(search).getByLabelText('Year'));
    await user.click(within(search).getByRole('button', { name: 'Search' }));
    expect(searchPeople).toHaveBeenCalledWith({ name: 'Alex Adams', purpose: 'matching-a-referral' });
    const choice = await screen.findByRole('group', { name: 'Which is Alex Adams’s record? (1 found)' });
    // Enough to be sure: the front door sees where the child lives, their school and parents.
    const hint = document.getElementById(within(choice).getByLabelText('Alex Adams').getAttribute('aria-describedby') ?? '');
    expect([...(hint?.children ?? [])].map((line) => line.textContent)).toEqual([
      'Born 12 January 2019',
      'Address: 12 Station Road, Stevenage, SG1 1AA',
      'School: Oakfield Primary School',
      'Parents and carers: Jo Adams (parent)',
      'NHS number: Not recorded',
    ]);
    await user.click(screen.getByRole('button', { name: 'This is their record' }));
    expect(summaryLinks()).toEqual([['Select Alex Adams’s record', `#match-${frontDoorIds.alexSubject}-personId`]]);

    await user.click(within(choice).getByLabelText('Alex Adams'));
    await user.click(screen.getByRole('button', { name: 'This is their record' }));
    expect(matchReferralSubject).toHaveBeenCalledWith(adamsReferral.id, frontDoorIds.alexSubject, alexRecord.id);
    const banner = await screen.findByRole('alert', { name: 'Success' });
    expect(banner.textContent).toContain('Alex Adams is matched to their record');
    const children = screen.getByRole('region', { name: 'The children' });
    expect(within(children).getByRole('link', { name: 'See Alex Adams’s record' }).getAttribute('href')).toBe(`/people/${alexRecord.id}`);
    expect(within(children).getByText('Matched by Tara Triage on 3 June 2025 at 11:30am')).toBeTruthy();
    expect(screen.queryByRole('search', { name: 'Find Alex Adams’s record' })).toBeNull();
  });

  it('never shows an old error summary beside a new success, nor an old success beside a new problem', async () => {
    const matched: FrontDoorReferral = {
      ...adamsReferral,
      version: 4,
      subjects: adamsReferral.subjects.map((subject) => (subject.id === frontDoorIds.alexSubject ? { ...subject, personId: alexRecord.id, matchedAt: '2025-06-03T10:30:00Z', matchedBy: 'Tara Triage' } : subject)),
    };
    const { user } = renderReferral(adamsReferral, { searchPeople: async () => [alexRecord], matchReferralSubject: async () => matched });

    // A problem on the decision form…
    await user.click(await screen.findByRole('button', { name: 'Record decision' }));
    expect(screen.getByText('There is a problem')).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Error: Referral – Childfirst'));

    // …then a success on another form: the success is all that is said, and the decision form's errors go too.
    await user.click(screen.getByRole('button', { name: 'Find their record (Alex Adams)' }));
    await user.click(within(screen.getByRole('search', { name: 'Find Alex Adams’s record' })).getByRole('button', { name: 'Search' }));
    await user.click(await screen.findByLabelText('Alex Adams'));
    await user.click(screen.getByRole('button', { name: 'This is their record' }));
    expect((await screen.findByRole('alert', { name: 'Success' })).textContent).toContain('Alex Adams is matched to their record');
    expect(screen.queryByText('There is a problem')).toBeNull();
    expect(screen.queryByText('Select an outcome', { selector: '.govuk-error-message' })).toBeNull();
    await waitFor(() => expect(document.title).toBe('Referral – Childfirst'));

    // A new problem afterwards takes the old success away.
    await user.click(screen.getByRole('button', { name: 'Record decision' }));
    expect(screen.getByText('There is a problem')).toBeTruthy();
    expect(screen.queryByRole('alert', { name: 'Success' })).toBeNull();
  });

  describe('who is working on it', () => {
    it('is changed on its own page, on the version shown, and the referral says so', async () => {
      // Like the API, the referral is read as it is after the change.
      let current: FrontDoorReferral = adamsReferral;
      const assignReferral = jest.fn(async (_id: string, practitionerId: string | null, _version: number) => {
        current = { ...adamsReferral, assignedTo: practitionerId ? { practitionerId, name: 'Kay Kimberley' } : null, version: 4 };
        return current;
      });
      const searchPractitioners = jest.fn(async (_name: string) => practitioners);
      const { user, location } = renderReferral(adamsReferral, { getReferral: async () => current, assignReferral, searchPractitioners });

      await user.click(await screen.findByRole('link', { name: 'Change who is working on this referral' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Who is working on this referral' })).toBeTruthy();
      expect(rowValue('Working on it now').textContent).toBe('Tara Triage');
      await user.type(screen.getByLabelText('Find someone else by name'), 'Kay');
      await user.click(screen.getByRole('button', { name: 'Search' }));
      await user.click(await screen.findByLabelText('Kay Kimberley'));
      await user.click(screen.getByRole('button', { name: 'Assign' }));

      expect(assignReferral).toHaveBeenCalledWith(adamsReferral.id, frontDoorIds.kay, 3);
      await waitFor(() => expect(location.current?.pathname).toBe(pathOf(adamsReferral)));
      const banner = await screen.findByRole('alert', { name: 'Success' });
      expect(banner.textContent).toContain('Kay Kimberley is now working on this referral');
      expect(rowValue('Assigned to').textContent).toBe('Kay Kimberley');
    });

    it('can be no one', async () => {
      const assignReferral = jest.fn(async (_id: string, _practitionerId: string | null, _version: number) => ({ ...adamsReferral, assignedTo: null, version: 4 }));
      renderStaffApp(`${pathOf(adamsReferral)}/assignee`, { getReferral: async () => adamsReferral, getChronology: async () => adamsChronology, assignReferral });
      const user = userEvent.setup();
      await user.click(await screen.findByRole('button', { name: 'Unassign' }));
      expect(assignReferral).toHaveBeenCalledWith(adamsReferral.id, null, 3);
      expect((await screen.findByRole('alert', { name: 'Success' })).textContent).toContain('No one is working on this referral now');
    });
  });

  it('shows the decision, the key worker and who has been told on a decided referral', async () => {
    renderReferral(decidedAdamsReferral);
    const decision = await screen.findByRole('region', { name: 'Decision' });
    expect(rowValue('Outcome', decision).textContent).toBe('Early help (allocate a key worker)');
    expect(rowValue('Reason', decision).textContent).toBe('Attendance concerns; the family wants support.');
    expect(rowValue('Decided on', decision).textContent).toBe('3 June 2025 at midday');
    await act(async () => undefined);
    expect(screen.queryByRole('form', { name: /priority/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Back to decided referrals' }).getAttribute('href')).toBe('/decided');
  });
});
