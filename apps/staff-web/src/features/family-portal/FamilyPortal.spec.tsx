import { ApiError, problemFromBody } from '@childfirst/ui';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { CaseWorkspace } from '../../api/casesTypes';
import type { Appointment, Invitation, InvitationRequest, NewAppointment } from '../../api/portalTypes';
import { homeVisit, joInvitation } from '../../testing/portalFixtures';
import { adamsCase, adamsChronology, ids, noPermissions } from '../../testing/recordFixtures';
import { keyWorker, renderStaffApp } from '../../testing/renderStaffApp';

const casePath = `/cases/${adamsCase.id}`;
const invitePath = `${casePath}/invitations/new`;
const appointmentPath = `${casePath}/appointments/new`;
const readOnlyCase: CaseWorkspace = { ...adamsCase, permissions: noPermissions };
const babyId = '00000001-0000-4000-8000-000000000009';

/** The Adams family with Alex, 14, who may have an account, and a baby whose date of birth is not recorded yet. */
const familyWithTeenager: CaseWorkspace = {
  ...adamsCase,
  children: [
    ...adamsCase.children,
    { personId: ids.alex, name: 'Alex Adams', dateOfBirth: '2011-01-05', age: 14, statuses: [] },
    { personId: babyId, name: 'Baby Adams', dateOfBirth: null, age: null, statuses: [] },
  ],
  members: [...adamsCase.members, { personId: ids.alex, name: 'Alex Adams', memberRole: 'child' }, { personId: babyId, name: 'Baby Adams', memberRole: 'child' }],
};

type CreateInvitation = (caseId: string, invitation: InvitationRequest) => Promise<Invitation>;
type AddAppointment = (caseId: string, appointment: NewAppointment) => Promise<Appointment>;

function renderCase(path: string, overrides: Parameters<typeof renderStaffApp>[1] = {}, workspace: CaseWorkspace = adamsCase) {
  const view = renderStaffApp(path, { getStaffProfile: async () => keyWorker, getCase: async () => workspace, getChronology: async () => adamsChronology, listCaseNotes: async () => [], ...overrides });
  return { ...view, user: userEvent.setup() };
}

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .queryAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);
}

describe('The family portal on the case', () => {
  it('offers inviting the family and adding an appointment to people who may write to the case', async () => {
    renderCase(casePath);
    const section = (await screen.findByRole('heading', { level: 2, name: 'Family portal' })).closest('section') as HTMLElement;
    expect(within(section).getByRole('link', { name: 'Invite to the family portal' }).getAttribute('href')).toBe(invitePath);
    expect(within(section).getByRole('link', { name: 'Add an appointment' }).getAttribute('href')).toBe(appointmentPath);
  });

  it('offers neither to others', async () => {
    renderCase(casePath, {}, readOnlyCase);
    await screen.findByRole('heading', { level: 2, name: 'Messages with the family' });
    expect(screen.queryByRole('heading', { level: 2, name: 'Family portal' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Invite to the family portal' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Add an appointment' })).toBeNull();
  });

  it.each([
    [invitePath, 'You do not have access to invite this family to the family portal'],
    [appointmentPath, 'You do not have access to add appointments on this case'],
  ])('refuses %s to someone the case does not let write', async (path, heading) => {
    renderCase(path, {}, readOnlyCase);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeTruthy();
  });
});

describe('Inviting someone to the family portal', () => {
  it('offers the adults and the children aged 13 or over, and says who is not listed and why', async () => {
    renderCase(invitePath, {}, familyWithTeenager);
    const who = await screen.findByRole('group', { name: 'Who is the invitation for?' });
    const radios = within(who).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((radio) => radio.labels?.[0]?.textContent)).toEqual(['Jo Adams', 'Lee Adams', 'Alex Adams']);
    expect(who.textContent).toContain('Parent or carer');
    expect(who.textContent).toContain('Young person (13 or over), aged 14');
    expect(screen.getByText(/Not listed:/).textContent).toBe('Children can have their own account from the age of 13. Not listed: Sam Adams (aged 10), Baby Adams (age not known).');
  });

  it('says so when nobody can be invited', async () => {
    renderCase(invitePath, {}, { ...adamsCase, members: [{ personId: ids.sam, name: 'Sam Adams', memberRole: 'child' }] });
    expect(await screen.findByText('There is nobody in this family who can be invited yet.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Get an invitation code' })).toBeNull();
  });

  it('asks who the invitation is for', async () => {
    const createInvitation = jest.fn<ReturnType<CreateInvitation>, Parameters<CreateInvitation>>();
    const { user } = renderCase(invitePath, { createInvitation });
    await user.click(await screen.findByRole('button', { name: 'Get an invitation code' }));
    expect(summaryLinks()).toEqual([['Choose who the invitation is for', '#personId']]);
    await waitFor(() => expect(document.title).toBe('Error: Invite to the family portal – Childfirst'));
    expect(createInvitation).not.toHaveBeenCalled();
  });

  it('says why the API refused it', async () => {
    const createInvitation = jest.fn<ReturnType<CreateInvitation>, Parameters<CreateInvitation>>(async () => {
      throw new ApiError(problemFromBody(409, { title: 'Jo Adams already has an account linked to this family', status: 409, detail: 'They can sign in to the family portal now.' }));
    });
    const { user } = renderCase(invitePath, { createInvitation });
    await user.click(await screen.findByLabelText('Jo Adams'));
    await user.click(screen.getByRole('button', { name: 'Get an invitation code' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Jo Adams already has an account linked to this family');
    expect(summary.textContent).toContain('They can sign in to the family portal now.');
  });

  it('shows the code once, in a panel, with how to give it, that it can be used once and when it expires', async () => {
    const createInvitation = jest.fn<ReturnType<CreateInvitation>, Parameters<CreateInvitation>>(async () => joInvitation);
    const { user, location } = renderCase(invitePath, { createInvitation });
    await user.click(await screen.findByLabelText('Jo Adams'));
    await user.click(screen.getByRole('button', { name: 'Get an invitation code' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Invitation code for Jo Adams' });
    expect(createInvitation).toHaveBeenCalledWith(adamsCase.id, { personId: ids.jo });
    expect(document.activeElement).toBe(heading);
    await waitFor(() => expect(document.title).toBe('Invitation code – Childfirst'));
    const panel = heading.closest('.govuk-panel') as HTMLElement;
    expect(panel.className).toContain('govuk-panel--confirmation');
    // Shown grouped as people read it, and spelt out for screen readers.
    expect(within(panel).getByText('K7PM-Q2XD-9A').getAttribute('aria-hidden')).toBe('true');
    expect(within(panel).getByText('K 7 P M, Q 2 X D, 9 A').className).toBe('govuk-visually-hidden');
    const main = screen.getByRole('main');
    expect(main.textContent).toContain('You will not be able to see it again once you leave this page.');
    expect(main.textContent).toContain('Give it to them yourself, in person or on the phone');
    expect(main.textContent).toContain('as a parent or carer');
    expect(main.textContent).toContain('The code can be used once, and expires on Tuesday 17 June 2025 at 10am.');
    // The form is gone, and the code is nowhere but the page.
    expect(screen.queryByRole('button', { name: 'Get an invitation code' })).toBeNull();
    expect(location.current?.pathname).toBe(invitePath);
    expect(JSON.stringify(location.current?.state ?? null)).not.toContain(joInvitation.code);
  });
});

async function fillAppointment(user: UserEvent, { day, month, year, start, end = '' }: { day: string; month: string; year: string; start: string; end?: string }) {
  const date = await screen.findByRole('group', { name: 'Date' });
  await user.type(within(date).getByLabelText('Day'), day);
  await user.type(within(date).getByLabelText('Month'), month);
  await user.type(within(date).getByLabelText('Year'), year);
  await user.type(screen.getByLabelText('Start time'), start);
  if (end) await user.type(screen.getByLabelText('End time (optional)'), end);
}

describe('Adding an appointment', () => {
  it('says what is missing, linked to each field', async () => {
    const addAppointment = jest.fn<ReturnType<AddAppointment>, Parameters<AddAppointment>>();
    const { user } = renderCase(appointmentPath, { addAppointment });
    await user.click(await screen.findByRole('button', { name: 'Add the appointment' }));
    expect(summaryLinks()).toEqual([
      ['Enter the date of the appointment', '#startsOn-day'],
      ['Enter the time it starts, like 9:30am or 14:30', '#startTime'],
      ['Enter what the appointment is', '#title'],
    ]);
    expect(addAppointment).not.toHaveBeenCalled();
  });

  it('refuses a date in the past, a time that is not one, and an end before the start', async () => {
    const { user } = renderCase(appointmentPath, { addAppointment: jest.fn() });
    await fillAppointment(user, { day: '1', month: '1', year: '2020', start: '25:00', end: 'soon' });
    await user.type(screen.getByLabelText('What is the appointment?'), 'Home visit');
    await user.click(screen.getByRole('button', { name: 'Add the appointment' }));
    expect(summaryLinks()).toEqual([
      ['The date of the appointment must be today or in the future', '#startsOn-day'],
      ['Enter the time it starts as a real time, like 9:30am or 14:30', '#startTime'],
      ['Enter the time it ends as a real time, like 10:30am or 15:00, or leave it empty', '#endTime'],
    ]);

    const date = screen.getByRole('group', { name: 'Date' });
    await user.clear(within(date).getByLabelText('Year'));
    await user.type(within(date).getByLabelText('Year'), '2099');
    await user.clear(screen.getByLabelText('Start time'));
    await user.type(screen.getByLabelText('Start time'), '2pm');
    await user.clear(screen.getByLabelText('End time (optional)'));
    await user.type(screen.getByLabelText('End time (optional)'), '1pm');
    await user.click(screen.getByRole('button', { name: 'Add the appointment' }));
    expect(summaryLinks()).toEqual([['The end must be after the start', '#endTime']]);
  });

  it('sends the start and end in UK time (summer time too), sends it again after a failure, and confirms on the case', async () => {
    const addAppointment = jest
      .fn<ReturnType<AddAppointment>, Parameters<AddAppointment>>()
      .mockRejectedValueOnce(new ApiError({ status: 503, title: 'Sorry, there is a problem with the service. Try again later' }))
      .mockResolvedValueOnce({ ...homeVisit, startsAt: '2099-07-01T08:30:00Z', endsAt: '2099-07-01T09:30:00Z' });
    const { user, location } = renderCase(appointmentPath, { addAppointment });
    await fillAppointment(user, { day: '1', month: '7', year: '2099', start: '9:30am', end: '10:30' });
    await user.type(screen.getByLabelText('What is the appointment?'), 'Home visit from Kim');
    await user.type(screen.getByLabelText('Where is it? (optional)'), 'At your home');
    await user.click(screen.getByRole('button', { name: 'Add the appointment' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The appointment has not been added. Try again.');

    await user.click(screen.getByRole('button', { name: 'Add the appointment' }));
    await waitFor(() => expect(location.current?.pathname).toBe(casePath));
    const sent = { startsAt: '2099-07-01T08:30:00.000Z', endsAt: '2099-07-01T09:30:00.000Z', title: 'Home visit from Kim', location: 'At your home' };
    // The API knows an appointment by its case, start and title: the same one sent again is added once.
    expect(addAppointment.mock.calls).toEqual([
      [adamsCase.id, sent],
      [adamsCase.id, sent],
    ]);
    expect((await screen.findByRole('alert', { name: 'Success' })).textContent).toContain('Appointment added: Home visit from Kim, Wednesday 1 July 2099 at 9:30am.');
  });

  it('leaves out the end and the place when not given, and shows the API’s errors on the time', async () => {
    const addAppointment = jest.fn<ReturnType<AddAppointment>, Parameters<AddAppointment>>(async () => {
      throw new ApiError(problemFromBody(400, { title: 'There is a problem with what was sent', status: 400, errors: [{ path: 'startsAt', message: 'The appointment must be within the next year' }] }));
    });
    const { user } = renderCase(appointmentPath, { addAppointment });
    await fillAppointment(user, { day: '15', month: '1', year: '2099', start: '14:00' });
    await user.type(screen.getByLabelText('What is the appointment?'), 'Review meeting');
    await user.click(screen.getByRole('button', { name: 'Add the appointment' }));
    await waitFor(() => expect(summaryLinks()).toEqual([['The appointment must be within the next year', '#startTime']]));
    expect(addAppointment.mock.calls[0]?.[1]).toEqual({ startsAt: '2099-01-15T14:00:00.000Z', title: 'Review meeting' });
  });
});
