import { unstorableTextMessage } from '@childfirst/domain/text';
import { ApiError, problemFromBody } from '@childfirst/ui';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseWorkspace } from '../../api/casesTypes';
import type { MessageThread, NewThread, ThreadReply } from '../../api/portalTypes';
import { housingThreadSummary, portalIds, schoolThread, schoolThreadRead, schoolThreadSummary } from '../../testing/portalFixtures';
import { adamsCase, adamsChronology, noPermissions } from '../../testing/recordFixtures';
import { keyWorker, renderStaffApp } from '../../testing/renderStaffApp';

const casePath = `/cases/${adamsCase.id}`;
const threadPath = `${casePath}/messages/${portalIds.schoolThread}`;
const newPath = `${casePath}/messages/new`;
const readOnlyCase: CaseWorkspace = { ...adamsCase, permissions: noPermissions };

type StartThread = (caseId: string, thread: NewThread, idempotencyKey: string) => Promise<MessageThread>;
type Reply = (caseId: string, threadId: string, reply: ThreadReply, idempotencyKey: string) => Promise<MessageThread>;

function renderCase(path: string, overrides: Parameters<typeof renderStaffApp>[1] = {}, workspace: CaseWorkspace = adamsCase) {
  const view = renderStaffApp(path, {
    getStaffProfile: async () => keyWorker,
    getCase: async () => workspace,
    getChronology: async () => adamsChronology,
    listCaseNotes: async () => [],
    ...overrides,
  });
  return { ...view, user: userEvent.setup() };
}

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .queryAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);
}

describe('Messages with the family on the case', () => {
  it('lists the conversations newest first, marking the ones with unread messages from the family, and links to each', async () => {
    renderCase(casePath, { listCaseThreads: async () => [housingThreadSummary, schoolThreadSummary] });
    const section = (await screen.findByRole('heading', { level: 2, name: 'Messages with the family' })).closest('section') as HTMLElement;
    const table = await within(section).findByRole('table', { name: 'Conversations (2)' });
    const [, newest, older] = within(table).getAllByRole('row');
    expect(within(newest as HTMLElement).getByRole('link', { name: 'Meeting at school on Tuesday' }).getAttribute('href')).toBe(threadPath);
    expect(within(newest as HTMLElement).getByText('2 unread').className).toContain('govuk-tag');
    expect(newest?.textContent).toContain('Jo Adams, 3 June 2025 at 9:15am');
    expect(within(older as HTMLElement).queryByText(/unread/)).toBeNull();
    expect(within(section).getByText('2 messages from the family have not been read.')).toBeTruthy();
    expect(within(section).getByRole('link', { name: 'Send a message to the family' }).getAttribute('href')).toBe(newPath);
  });

  it('says when there are none, and offers nothing to send to someone the case does not let write', async () => {
    renderCase(casePath, {}, readOnlyCase);
    const section = (await screen.findByRole('heading', { level: 2, name: 'Messages with the family' })).closest('section') as HTMLElement;
    expect(await within(section).findByText('There are no messages with the family yet.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Send a message to the family' })).toBeNull();
  });

  it('says when the conversations could not be loaded, and tries again', async () => {
    const listCaseThreads = jest.fn().mockRejectedValueOnce(new ApiError({ status: 503, title: 'Sorry, there is a problem with the service. Try again later' })).mockResolvedValueOnce([schoolThreadSummary]);
    const { user } = renderCase(casePath, { listCaseThreads });
    const section = (await screen.findByRole('heading', { level: 2, name: 'Messages with the family' })).closest('section') as HTMLElement;
    await user.click(await within(section).findByRole('button', { name: 'Try again' }));
    expect(await within(section).findByRole('link', { name: 'Meeting at school on Tuesday' })).toBeTruthy();
  });
});

describe('A conversation with the family', () => {
  it('shows every message oldest first, who sent it, what the family has read, and marks the family’s messages read once', async () => {
    const getCaseThread = jest.fn().mockResolvedValueOnce(schoolThread).mockResolvedValue(schoolThreadRead);
    const markCaseThreadRead = jest.fn(async () => undefined);
    const listCaseThreads = jest.fn(async () => [schoolThreadSummary]);
    renderCase(threadPath, { getCaseThread, markCaseThreadRead, listCaseThreads });

    expect(await screen.findByRole('heading', { level: 1, name: 'Meeting at school on Tuesday' })).toBeTruthy();
    expect(screen.getByText('Adams family, case FAM-000001')).toBeTruthy();
    expect(document.title).toBe('Conversation with the family – Childfirst');
    const messages = within(screen.getByRole('list', { name: 'Messages, oldest first' })).getAllByRole('listitem').filter((item) => item.parentElement?.tagName === 'OL');
    expect(messages.map((message) => within(message).getByRole('heading', { level: 2 }).textContent)).toEqual(['You', 'Jo Adams', 'Jo Adams']);
    expect(messages[0]?.textContent).toContain('Read by the family on 2 June 2025 at 7:30pm');
    expect(within(messages[1] as HTMLElement).getByText('Family').className).toContain('govuk-tag');
    expect(within(messages[1] as HTMLElement).getByText('New').className).toContain('govuk-tag--blue');
    expect(messages[1]?.textContent).toContain('Here is the letter the school sent.');

    await waitFor(() => expect(markCaseThreadRead).toHaveBeenCalledWith(adamsCase.id, portalIds.schoolThread));
    // The conversation and the case's unread counts are asked for again; the messages stay marked new while the page is open.
    await waitFor(() => expect(getCaseThread).toHaveBeenCalledTimes(2));
    expect(markCaseThreadRead).toHaveBeenCalledTimes(1);
    expect(screen.getAllByText('New')).toHaveLength(2);
  });

  it('does not mark anything read when nothing is unread', async () => {
    const markCaseThreadRead = jest.fn(async () => undefined);
    renderCase(threadPath, { getCaseThread: async () => schoolThreadRead, markCaseThreadRead });
    expect(await screen.findByRole('heading', { level: 1, name: 'Meeting at school on Tuesday' })).toBeTruthy();
    expect(screen.queryByText('New')).toBeNull();
    expect(markCaseThreadRead).not.toHaveBeenCalled();
  });

  it('lets a read-only viewer read it without replying or marking it read', async () => {
    const markCaseThreadRead = jest.fn(async () => undefined);
    renderCase(threadPath, { getCaseThread: async () => schoolThread, markCaseThreadRead }, readOnlyCase);
    expect(await screen.findByRole('heading', { level: 1, name: 'Meeting at school on Tuesday' })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Reply to the family' })).toBeNull();
    expect(markCaseThreadRead).not.toHaveBeenCalled();
  });

  it('shows "Page not found" for a conversation that is not this case’s', async () => {
    renderCase(threadPath, { getCaseThread: async () => Promise.reject(new ApiError({ status: 404, title: 'Not found' })) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });

  describe('a file the family attached', () => {
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:http://staff.test/letter');
    const revokeObjectURL = jest.fn();
    let clicked: { href: string; download: string }[];

    beforeEach(() => {
      Object.assign(URL, { createObjectURL, revokeObjectURL });
      clicked = [];
      jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        clicked.push({ href: this.href, download: this.download });
      });
    });
    afterEach(() => jest.restoreAllMocks());

    it('is fetched with the token when asked for and saved under its name, never opened in the page', async () => {
      const blob = new Blob(['%PDF-1.7'], { type: 'application/pdf' });
      const downloadAttachment = jest.fn(async () => ({ blob, fileName: null }));
      const { user } = renderCase(threadPath, { getCaseThread: async () => schoolThreadRead, downloadAttachment });
      const files = await screen.findByRole('list', { name: 'Files attached by Jo Adams' });
      expect(files.textContent).toContain('PDF, 121 KB');
      await user.click(within(files).getByRole('button', { name: 'Download school-letter.pdf' }));
      await waitFor(() => expect(clicked).toEqual([{ href: 'blob:http://staff.test/letter', download: 'school-letter.pdf' }]));
      expect(downloadAttachment).toHaveBeenCalledWith(adamsCase.id, portalIds.schoolLetter);
      expect(createObjectURL).toHaveBeenCalledWith(blob);
    });

    it('says when it could not be downloaded', async () => {
      const downloadAttachment = jest.fn(async () => Promise.reject(new ApiError({ status: 403, title: 'You do not have access to this file' })));
      const { user } = renderCase(threadPath, { getCaseThread: async () => schoolThreadRead, downloadAttachment });
      await user.click(await screen.findByRole('button', { name: 'Download school-letter.pdf' }));
      expect((await screen.findByText(/could not be downloaded/)).textContent).toBe('Error: school-letter.pdf could not be downloaded. You do not have access to this file');
      expect(clicked).toEqual([]);
    });
  });

  it('checks the reply, sends it with an Idempotency-Key, resends the same key on retry, and shows it in the conversation', async () => {
    const answered: MessageThread = {
      ...schoolThreadRead,
      messages: [
        ...schoolThreadRead.messages,
        { id: '00000021-0000-4000-8000-000000000009', sentAt: '2025-06-03T09:05:00Z', from: { name: 'Kim Okafor', kind: 'staff' }, body: 'Thank you, see you both then.', attachments: [], mine: true, readAt: null },
      ],
    };
    const replyToCaseThread = jest
      .fn<ReturnType<Reply>, Parameters<Reply>>()
      .mockRejectedValueOnce(new ApiError({ status: 503, title: 'Sorry, there is a problem with the service. Try again later' }))
      .mockResolvedValueOnce(answered)
      .mockResolvedValueOnce(answered);
    const { user } = renderCase(threadPath, { getCaseThread: async () => schoolThreadRead, replyToCaseThread });

    await user.click(await screen.findByRole('button', { name: 'Send reply' }));
    expect(summaryLinks()).toEqual([['Enter your message', '#reply']]);
    await waitFor(() => expect(document.title).toBe('Error: Conversation with the family – Childfirst'));
    expect(replyToCaseThread).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('Your reply'), 'Thank you, see you both then.');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Sorry, there is a problem with the service. Try again later');
    expect(screen.getByRole('alert').textContent).toContain('Your reply has not been sent. Try again.');

    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    const banner = await screen.findByRole('alert', { name: 'Success' });
    expect(banner.textContent).toContain('Your reply has been sent.');
    expect(document.activeElement).toBe(banner);
    const [caseId, threadId, reply, key] = replyToCaseThread.mock.calls[0] ?? [];
    expect([caseId, threadId, reply]).toEqual([adamsCase.id, portalIds.schoolThread, { body: 'Thank you, see you both then.', attachmentIds: [] }]);
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(replyToCaseThread.mock.calls[1]?.[3]).toBe(key);
    expect((screen.getByLabelText('Your reply') as HTMLTextAreaElement).value).toBe('');
    const messages = within(screen.getByRole('list', { name: 'Messages, oldest first' })).getAllByRole('heading', { level: 2 });
    expect(messages.map((heading) => heading.textContent)).toEqual(['You', 'Jo Adams', 'Jo Adams', 'You']);
    expect(screen.getByText('Not read by the family yet')).toBeTruthy();

    // The next reply is another message: it gets a key of its own.
    await user.type(screen.getByLabelText('Your reply'), 'One more thing.');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    await waitFor(() => expect(replyToCaseThread).toHaveBeenCalledTimes(3));
    expect(replyToCaseThread.mock.calls[2]?.[3]).not.toBe(key);
  });
});

describe('Sending a message to the family', () => {
  it('is refused to someone the case does not let write', async () => {
    renderCase(newPath, {}, readOnlyCase);
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to send messages to this family' })).toBeTruthy();
  });

  it('checks the subject and the message with the API’s messages, every one at once', async () => {
    const startCaseThread = jest.fn<ReturnType<StartThread>, Parameters<StartThread>>();
    const { user } = renderCase(newPath, { startCaseThread });
    await user.type(await screen.findByLabelText('Subject'), 'Hi');
    await user.click(screen.getByRole('button', { name: 'Send the message' }));
    expect(summaryLinks()).toEqual([
      ['Enter a subject of at least 3 characters', '#subject'],
      ['Enter your message', '#body'],
    ]);
    expect(startCaseThread).not.toHaveBeenCalled();
  });

  it('refuses text with an invisible or broken character pasted into it, with the shared schema’s message at the field', async () => {
    const startCaseThread = jest.fn<ReturnType<StartThread>, Parameters<StartThread>>();
    const { user } = renderCase(newPath, { startCaseThread });
    await user.type(await screen.findByLabelText('Subject'), 'Meeting at school');
    await user.click(screen.getByLabelText('Message'));
    await user.paste('Can you come?\u0000 \ud83d');
    await user.click(screen.getByRole('button', { name: 'Send the message' }));
    expect(summaryLinks()).toEqual([[unstorableTextMessage, '#body']]);
    expect(document.getElementById('body-error')?.textContent).toContain(unstorableTextMessage);
    expect(startCaseThread).not.toHaveBeenCalled();
  });

  it('shows the API’s field errors on their fields', async () => {
    const startCaseThread = jest.fn<ReturnType<StartThread>, Parameters<StartThread>>(async () => {
      throw new ApiError(problemFromBody(400, { title: 'There is a problem with what was sent', status: 400, errors: [{ path: 'body', message: 'Your message must be 5,000 characters or fewer' }] }));
    });
    const { user } = renderCase(newPath, { startCaseThread });
    await user.type(await screen.findByLabelText('Subject'), 'Meeting at school');
    await user.type(screen.getByLabelText('Message'), 'Can you come?');
    await user.click(screen.getByRole('button', { name: 'Send the message' }));
    await waitFor(() => expect(summaryLinks()).toEqual([['Your message must be 5,000 characters or fewer', '#body']]));
    expect(document.getElementById('body-error')?.textContent).toContain('Your message must be 5,000 characters or fewer');
  });

  it('sends it with an Idempotency-Key, resends the same key on retry, and confirms on the case', async () => {
    const startCaseThread = jest
      .fn<ReturnType<StartThread>, Parameters<StartThread>>()
      .mockRejectedValueOnce(new ApiError({ status: 503, title: 'Sorry, there is a problem with the service. Try again later' }))
      .mockResolvedValueOnce({ id: portalIds.schoolThread, subject: 'Meeting at school on Tuesday', messages: [schoolThread.messages[0] as MessageThread['messages'][number]] });
    const { user, location } = renderCase(newPath, { startCaseThread });
    await user.type(await screen.findByLabelText('Subject'), '  Meeting at school on Tuesday ');
    expect(screen.getByRole('heading', { level: 1, name: 'Send a message to the family' })).toBeTruthy();
    await user.type(screen.getByLabelText('Message'), 'Can you come to the meeting at Oakfield on Tuesday at 10am?');
    await user.click(screen.getByRole('button', { name: 'Send the message' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Your message has not been sent. Try again.');

    await user.click(screen.getByRole('button', { name: 'Send the message' }));
    await waitFor(() => expect(location.current?.pathname).toBe(casePath));
    const [caseId, thread, key] = startCaseThread.mock.calls[0] ?? [];
    expect(caseId).toBe(adamsCase.id);
    expect(thread).toEqual({ subject: 'Meeting at school on Tuesday', body: 'Can you come to the meeting at Oakfield on Tuesday at 10am?', attachmentIds: [] });
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(startCaseThread.mock.calls[1]?.[2]).toBe(key);
    expect((await screen.findByRole('alert', { name: 'Success' })).textContent).toContain('Message sent to the family: Meeting at school on Tuesday');
  });
});
