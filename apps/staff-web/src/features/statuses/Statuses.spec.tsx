import { ApiError, problemFromBody, ukDateOf } from '@childfirst/ui';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { CaseWorkspace, NewCaseStatus } from '../../api/casesTypes';
import { adamsCase, adamsChronology, ids, noPermissions } from '../../testing/recordFixtures';
import { keyWorker, renderStaffApp } from '../../testing/renderStaffApp';

const casePath = `/cases/${adamsCase.id}`;
const path = `${casePath}/statuses/new`;
type RecordStatus = (caseId: string, status: NewCaseStatus) => Promise<CaseWorkspace>;

function renderCase(at: string, overrides: Parameters<typeof renderStaffApp>[1] = {}, workspace: CaseWorkspace = adamsCase) {
  const view = renderStaffApp(at, { getStaffProfile: async () => keyWorker, getCase: async () => workspace, getChronology: async () => adamsChronology, listCaseNotes: async () => [], ...overrides });
  return { ...view, user: userEvent.setup() };
}

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .queryAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);
}

async function typeDate(user: UserEvent, group: string, [day, month, year]: string[]) {
  const fieldset = screen.getByRole('group', { name: group });
  await user.type(within(fieldset).getByLabelText('Day'), day ?? '');
  await user.type(within(fieldset).getByLabelText('Month'), month ?? '');
  await user.type(within(fieldset).getByLabelText('Year'), year ?? '');
}

describe('Recording a status', () => {
  it('is offered on the children table with an End action per status, only when the case allows it', async () => {
    renderCase(casePath);
    const children = await screen.findByRole('table', { name: 'Children (1)' });
    expect(within(children).getByRole('link', { name: 'End child in need for Sam Adams' }).getAttribute('href')).toBe(`${casePath}/statuses/${ids.samChildInNeed}/end`);
    expect(screen.getByRole('link', { name: 'Record a status' }).getAttribute('href')).toBe(path);
  });

  it('is not offered to someone the case does not allow to record statuses', async () => {
    renderCase(casePath, {}, { ...adamsCase, permissions: noPermissions });
    const children = await screen.findByRole('table', { name: 'Children (1)' });
    expect(within(children).queryByRole('link', { name: /^End/ })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Record a status' })).toBeNull();
  });

  it('reveals the category of a child protection plan and the legal status of a looked-after child', async () => {
    const { user } = renderCase(path, { recordCaseStatus: jest.fn() });
    const plan = await screen.findByLabelText('Child protection plan');
    const conditionalId = plan.getAttribute('aria-controls') ?? '';
    expect(document.getElementById(conditionalId)?.className).toContain('govuk-radios__conditional--hidden');
    await user.click(plan);
    expect(document.getElementById(conditionalId)?.className).not.toContain('--hidden');
    expect(within(screen.getByRole('group', { name: 'Category of abuse or neglect' })).getAllByRole('radio')).toHaveLength(5);
    await user.click(screen.getByLabelText('Looked after'));
    expect(within(screen.getByLabelText('Legal status')).getByRole('option', { name: 'C2 – Full care order' })).toBeTruthy();
  });

  it('says what is missing with the API’s messages, including the category for a plan', async () => {
    const recordCaseStatus = jest.fn<ReturnType<RecordStatus>, Parameters<RecordStatus>>();
    const { user } = renderCase(path, { recordCaseStatus });
    await user.click(await screen.findByRole('button', { name: 'Record the status' }));
    expect(summaryLinks()).toEqual([
      ['Choose the child', '#personId'],
      ['Select a status', '#statusType'],
      ['Enter the start date', '#startedOn-day'],
    ]);

    await user.click(screen.getByLabelText('Child protection plan'));
    await user.click(screen.getByRole('button', { name: 'Record the status' }));
    expect(summaryLinks()).toContainEqual(['Select the category of abuse or neglect for the child protection plan', '#category']);
    await waitFor(() => expect(document.title).toBe('Error: Record a status – Childfirst'));
    expect(recordCaseStatus).not.toHaveBeenCalled();
  });

  it('sends only the chosen status’s own question and confirms on the case', async () => {
    const recordCaseStatus = jest.fn<ReturnType<RecordStatus>, Parameters<RecordStatus>>(async () => adamsCase);
    const { user, location } = renderCase(`${path}?personId=${ids.sam}`, { recordCaseStatus });
    expect(((await screen.findByLabelText('Sam Adams')) as HTMLInputElement).checked).toBe(true);
    // A category chosen, then another status: the category is not sent.
    await user.click(screen.getByLabelText('Child protection plan'));
    await user.click(screen.getByLabelText('Neglect'));
    await user.click(screen.getByLabelText('Looked after'));
    await user.selectOptions(screen.getByLabelText('Legal status'), 'C2');
    await typeDate(user, 'When did it start?', ['3', '11', '2025']);
    await user.click(screen.getByRole('button', { name: 'Record the status' }));

    await waitFor(() => expect(location.current?.pathname).toBe(casePath));
    expect(recordCaseStatus).toHaveBeenCalledWith(adamsCase.id, { statusType: 'looked-after', legalStatus: 'C2', personId: ids.sam, startedOn: '2025-11-03' });
    expect((await screen.findByRole('alert', { name: 'Success' })).textContent).toContain('Looked after recorded for Sam Adams');
  });

  it('shows the API’s field errors on their fields', async () => {
    const recordCaseStatus = jest.fn<ReturnType<RecordStatus>, Parameters<RecordStatus>>(async () => {
      throw new ApiError(problemFromBody(400, { title: 'There is a problem with what was sent', status: 400, errors: [{ path: 'startedOn', message: 'The start date must be on or after the child’s date of birth' }] }));
    });
    const { user } = renderCase(`${path}?personId=${ids.sam}`, { recordCaseStatus });
    await user.click(await screen.findByLabelText('Early help'));
    await typeDate(user, 'When did it start?', ['3', '11', '2014']);
    await user.click(screen.getByRole('button', { name: 'Record the status' }));
    await waitFor(() => expect(summaryLinks()).toEqual([['The start date must be on or after the child’s date of birth', '#startedOn-day']]));
  });

  it('is refused to someone the case does not allow to', async () => {
    renderCase(path, {}, { ...adamsCase, permissions: noPermissions });
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to record statuses on this case' })).toBeTruthy();
  });
});

describe('Ending a status', () => {
  it('asks when it ended, not before it started nor in the future, and confirms on the case', async () => {
    const endCaseStatus = jest.fn(async (_caseId: string, _statusId: string, _endedOn: string) => ({ ...adamsCase, children: adamsCase.children.map((child) => ({ ...child, statuses: [] })) }));
    const { user, location } = renderCase(casePath, { endCaseStatus });
    await user.click(await screen.findByRole('link', { name: 'End child in need for Sam Adams' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'End a status' })).toBeTruthy();
    expect(screen.getByText('Started', { selector: 'dt' }).nextElementSibling?.textContent).toBe('6 January 2025');

    await typeDate(user, 'When did it end?', ['1', '1', '2025']);
    await user.click(screen.getByRole('button', { name: 'End the status' }));
    expect(summaryLinks()).toEqual([['The end date must be on or after the start date', '#endedOn-day']]);

    const [year, month, day] = ukDateOf(new Date()).split('-');
    const group = screen.getByRole('group', { name: 'When did it end?' });
    for (const part of ['Day', 'Month', 'Year']) await user.clear(within(group).getByLabelText(part));
    await typeDate(user, 'When did it end?', [String(Number(day)), String(Number(month)), String(Number(year) + 1)]);
    await user.click(screen.getByRole('button', { name: 'End the status' }));
    expect(summaryLinks()).toEqual([['The end date must be today or in the past', '#endedOn-day']]);
    expect(endCaseStatus).not.toHaveBeenCalled();

    for (const part of ['Day', 'Month', 'Year']) await user.clear(within(group).getByLabelText(part));
    await typeDate(user, 'When did it end?', ['17', '2', '2025']);
    await user.click(screen.getByRole('button', { name: 'End the status' }));
    await waitFor(() => expect(location.current?.pathname).toBe(casePath));
    expect(endCaseStatus).toHaveBeenCalledWith(adamsCase.id, ids.samChildInNeed, '2025-02-17');
    expect((await screen.findByRole('alert', { name: 'Success' })).textContent).toContain('Child in need ended for Sam Adams');
  });
});
