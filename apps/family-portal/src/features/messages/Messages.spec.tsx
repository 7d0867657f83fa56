import type { MessageThread, NewThread, Reply } from '@childfirst/domain/portal';
import { ApiError } from '@childfirst/ui';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { AttachmentView } from '../../api/familyApi';
import { fakeFamilyApi } from '../../testing/fakes';
import { thread, threads } from '../../testing/portalData';
import { fileOf, renderPage, uuid } from '../../testing/renderPage';
import { MessagesPage } from './MessagesPage';
import { NewMessagePage } from './NewMessagePage';
import { ThreadPage } from './ThreadPage';
import { MESSAGES_POLL_MS } from './useThreads';

const idempotencyKeyPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);
}

function renderThread(overrides: Parameters<typeof fakeFamilyApi>[0] = {}) {
  const api = fakeFamilyApi({
    getThread: jest.fn(async () => thread),
    markThreadRead: jest.fn(async () => undefined),
    listThreads: jest.fn(async () => threads),
    ...overrides,
  });
  return { api, ...renderPage(<ThreadPage />, api, { path: `/messages/${thread.id}`, route: '/messages/:threadId' }) };
}

describe('Messages: the list of conversations', () => {
  it('lists each conversation with its subject, last message and an unread tag, and links to a new message', async () => {
    renderPage(<MessagesPage />, fakeFamilyApi({ listThreads: async () => threads }));
    const first = (await screen.findByRole('link', { name: 'Next week’s meeting' })).closest('li') as HTMLElement;
    expect(within(first).getByRole('link', { name: 'Next week’s meeting' }).getAttribute('href')).toBe(`/messages/${threads[0]?.id}`);
    expect(within(first).getByText('2 unread').className).toContain('govuk-tag');
    expect(within(first).getByText('Last message from Kim Okafor on 4 June 2025 at 9:15am')).toBeTruthy();
    const second = screen.getByRole('link', { name: 'School transport' }).closest('li') as HTMLElement;
    expect(within(second).queryByText(/unread/)).toBeNull();
    expect(screen.getByRole('link', { name: 'Send a new message' }).getAttribute('href')).toBe('/messages/new');
    expect(document.title).toBe('Messages – Childfirst family portal');
  });

  it('checks for new messages every 30 seconds', async () => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
    try {
      const listThreads = jest.fn(async () => threads);
      renderPage(<MessagesPage />, fakeFamilyApi({ listThreads }));
      await screen.findByRole('link', { name: 'Next week’s meeting' });
      expect(listThreads).toHaveBeenCalledTimes(1);
      await act(async () => {
        await jest.advanceTimersByTimeAsync(MESSAGES_POLL_MS);
      });
      expect(listThreads).toHaveBeenCalledTimes(2);
      expect(MESSAGES_POLL_MS).toBe(30_000);
    } finally {
      jest.useRealTimers();
    }
  });

  it('says when there are none yet', async () => {
    renderPage(<MessagesPage />, fakeFamilyApi({ listThreads: async () => [] }));
    expect(await screen.findByText('You have no messages yet.')).toBeTruthy();
  });
});

describe('Messages: a conversation', () => {
  it('shows every message with "You" or the sender, the time, files to download and "Read" on the person’s own', async () => {
    renderThread();
    expect(await screen.findByRole('heading', { level: 1, name: 'Next week’s meeting' })).toBeTruthy();
    const [mine, theirs] = screen.getAllByRole('listitem').filter((item) => item.classList.contains('childfirst-message')) as [HTMLElement, HTMLElement];
    expect(within(mine).getByRole('heading', { level: 2 }).textContent).toBe('You, 3 June 2025 at 2pm');
    expect(within(mine).getByText('Read')).toBeTruthy();
    expect(within(theirs).getByRole('heading', { level: 2 }).textContent).toBe('Kim Okafor, 4 June 2025 at 9:15am');
    expect(within(theirs).queryByText('Read')).toBeNull();
    const download = within(theirs).getByRole('link', { name: 'Download agenda.pdf' });
    expect(download.getAttribute('href')).toBe(`http://api.test/family/attachments/${uuid(30)}`);
    expect(within(theirs).getByText('(PDF, 240 KB)')).toBeTruthy();
    // The page title never holds the subject, which may be personal.
    expect(document.title).toBe('Conversation – Childfirst family portal');
  });

  it('downloads a file with the token (through the API client), under its own name', async () => {
    const downloadAttachment = jest.fn(async () => new Blob(['%PDF']));
    const createObjectURL = jest.fn(() => 'blob:agenda');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const clicked: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(`${this.download} ${this.href}`);
    });
    try {
      const { user } = renderThread({ downloadAttachment });
      await user.click(await screen.findByRole('link', { name: 'Download agenda.pdf' }));
      expect(downloadAttachment).toHaveBeenCalledWith(uuid(30));
      expect(clicked).toEqual(['agenda.pdf blob:agenda']);
    } finally {
      click.mockRestore();
    }
  });

  it('marks the conversation read when it is opened, once, and refreshes the unread count', async () => {
    const markThreadRead = jest.fn(async () => undefined);
    const listThreads = jest.fn(async () => threads);
    const { queryClient } = renderThread({ markThreadRead, listThreads });
    queryClient.setQueryData(['family', 'messages'], threads);
    await screen.findByRole('heading', { level: 1, name: 'Next week’s meeting' });
    await waitFor(() => expect(markThreadRead).toHaveBeenCalledWith(thread.id));
    await waitFor(() => expect(queryClient.getQueryState(['family', 'messages'])?.isInvalidated).toBe(true));
    expect(markThreadRead).toHaveBeenCalledTimes(1);
  });

  it('does not mark it read when nothing from the key worker is unread', async () => {
    const markThreadRead = jest.fn(async () => undefined);
    renderThread({ markThreadRead, getThread: async () => ({ ...thread, messages: thread.messages.slice(0, 1) }) });
    await screen.findByRole('heading', { level: 1, name: 'Next week’s meeting' });
    expect(markThreadRead).not.toHaveBeenCalled();
  });

  it('checks the reply with the shared schema', async () => {
    const reply = jest.fn();
    const { user } = renderThread({ reply });
    await user.click(await screen.findByRole('button', { name: 'Send reply' }));
    expect(summaryLinks()).toEqual([['Enter your message', '#body']]);
    expect(document.title).toBe('Error: Conversation – Childfirst family portal');
    await user.type(screen.getByLabelText('Your reply'), '   ');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(summaryLinks()).toEqual([['Enter your message', '#body']]);
    expect(reply).not.toHaveBeenCalled();
  });

  it('refuses a file of the wrong type or over 10 MB as soon as it is chosen, and never uploads it', async () => {
    const uploadAttachment = jest.fn();
    const { user } = renderThread({ uploadAttachment });
    const input = (await screen.findByLabelText('Attach files (optional)')) as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.multiple).toBe(true);

    await user.upload(input, fileOf('holiday.gif', 'image/gif'));
    expect(document.getElementById('attachments-error')?.textContent).toBe('Error: holiday.gif: The file must be a PDF, JPEG, PNG or Word document');
    expect(screen.queryByRole('list', { name: 'Files chosen' })).toBeNull();

    await user.upload(input, fileOf('scan.pdf', 'application/pdf', 11 * 1024 * 1024));
    expect(document.getElementById('attachments-error')?.textContent).toBe('Error: scan.pdf: The file must be 10 MB or smaller');
    expect(uploadAttachment).not.toHaveBeenCalled();
  });

  it('uploads each file first ("Uploading…"), then sends the reply with their ids, and resends with the same key after a failure', async () => {
    let finishUpload: (attachment: AttachmentView) => void = () => undefined;
    const uploadAttachment = jest
      .fn<Promise<AttachmentView>, [File]>()
      .mockImplementationOnce(() => new Promise((resolve) => (finishUpload = resolve)))
      .mockResolvedValueOnce({ id: uuid(51), fileName: 'letter.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: 4096 });
    const updated: MessageThread = { ...thread, messages: [...thread.messages] };
    const reply = jest
      .fn<Promise<MessageThread>, [string, Reply, string]>()
      .mockRejectedValueOnce(new ApiError({ status: 0, title: 'Sorry, we could not reach the service. Check your connection and try again' }))
      .mockResolvedValueOnce(updated);
    const { user } = renderThread({ uploadAttachment, reply });

    await user.type(await screen.findByLabelText('Your reply'), 'Here are the school’s letters.');
    await user.upload(screen.getByLabelText('Attach files (optional)'), [fileOf('scan.pdf', 'application/pdf'), fileOf('letter.docx', '')]);
    const chosen = screen.getByRole('list', { name: 'Files chosen' });
    expect(within(chosen).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['scan.pdf (2 KB) Remove scan.pdf', 'letter.docx (2 KB) Remove letter.docx']);

    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByRole('button', { name: 'Uploading scan.pdf…' })).toBeTruthy();
    expect(screen.getAllByRole('status').some((status) => status.textContent === 'Uploading scan.pdf')).toBe(true);
    await act(async () => finishUpload({ id: uuid(50), fileName: 'scan.pdf', contentType: 'application/pdf', size: 2048 }));

    const problem = await screen.findByRole('alert');
    expect(problem.textContent).toContain('Sorry, we could not reach the service');
    expect(problem.textContent).toContain('We may not have received it. Send it again: if it did reach us, we will not record it twice.');

    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByText('Your message has been sent')).toBeTruthy();
    // Each file uploaded once; the reply sent twice with the same ids and the same key.
    expect(uploadAttachment).toHaveBeenCalledTimes(2);
    expect(reply.mock.calls.map(([threadId, body]) => [threadId, body])).toEqual([
      [thread.id, { body: 'Here are the school’s letters.', attachmentIds: [uuid(50), uuid(51)] }],
      [thread.id, { body: 'Here are the school’s letters.', attachmentIds: [uuid(50), uuid(51)] }],
    ]);
    const [firstKey, secondKey] = reply.mock.calls.map(([, , key]) => key);
    expect(firstKey).toMatch(idempotencyKeyPattern);
    expect(secondKey).toBe(firstKey);
    // A new, empty form (and key) for the next reply.
    expect((screen.getByLabelText('Your reply') as HTMLTextAreaElement).value).toBe('');
  });

  it('shows the API’s refusal of a file on the file field', async () => {
    const uploadAttachment = jest.fn().mockRejectedValue(
      new ApiError({ status: 400, title: 'There is a problem with what was sent', errors: [{ path: 'file', message: 'The file must be a PDF, JPEG, PNG or Word document' }] }),
    );
    const reply = jest.fn();
    const { user } = renderThread({ uploadAttachment, reply });
    await user.type(await screen.findByLabelText('Your reply'), 'A photo of the letter.');
    await user.upload(screen.getByLabelText('Attach files (optional)'), fileOf('letter.png', 'image/png'));
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByRole('link', { name: 'letter.png: The file must be a PDF, JPEG, PNG or Word document' })).toBeTruthy();
    expect(reply).not.toHaveBeenCalled();
  });

  it('lets a chosen file be removed with the keyboard, and moves focus back to the file field', async () => {
    const { user } = renderThread();
    await user.upload(await screen.findByLabelText('Attach files (optional)'), fileOf('scan.pdf', 'application/pdf'));
    const remove = screen.getByRole('button', { name: 'Remove scan.pdf' });
    remove.focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('list', { name: 'Files chosen' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText('Attach files (optional)'));
  });
});

describe('Messages: a new message', () => {
  it('checks the subject and message with the shared schema, then opens the new conversation', async () => {
    const startThread = jest.fn<Promise<MessageThread>, [NewThread, string]>(async () => ({ ...thread, id: uuid(12) }));
    const { user } = renderPage(<NewMessagePage />, fakeFamilyApi({ startThread, listThreads: async () => threads }), { path: '/messages/new', route: '/messages/new' });

    await user.type(screen.getByLabelText('Subject'), 'Hi');
    await user.click(screen.getByRole('button', { name: 'Send message' }));
    expect(summaryLinks()).toEqual([
      ['Enter a subject of at least 3 characters', '#subject'],
      ['Enter your message', '#body'],
    ]);
    expect(document.title).toBe('Error: Send a new message – Childfirst family portal');

    await user.type(screen.getByLabelText('Subject'), ' there');
    await user.type(screen.getByLabelText('Message'), 'Can we talk about the school transport?');
    await user.click(screen.getByRole('button', { name: 'Send message' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe(`/messages/${uuid(12)}`));
    expect(startThread).toHaveBeenCalledWith({ subject: 'Hi there', body: 'Can we talk about the school transport?', attachmentIds: [] }, expect.stringMatching(idempotencyKeyPattern));
  });

  it('counts the characters left in the message', async () => {
    const { user } = renderPage(<NewMessagePage />, fakeFamilyApi(), { path: '/messages/new', route: '/messages/new' });
    await user.type(screen.getByLabelText('Message'), 'Hello');
    expect(screen.getByText('You have 4,995 characters remaining')).toBeTruthy();
  });
});
