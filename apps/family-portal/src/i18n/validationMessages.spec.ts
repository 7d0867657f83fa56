import { changeOfCircumstancesSchema, documentUploadSchema, linkAccountSchema, newThreadSchema, replySchema, viewSubmissionSchema } from '@childfirst/domain/portal';
import { helpRequestSubmissionSchema } from '@childfirst/domain/referrals';
import { unstorableFileNameMessage } from '@childfirst/domain/text';
import { loadTranslations } from './i18n';

/** The messages each schema gives for an empty, a too-short and a too-long answer. */
function messagesOf(schema: { safeParse(value: unknown): { error?: { issues: { message: string }[] } } }, samples: unknown[]): string[] {
  return samples.flatMap((sample) => schema.safeParse(sample).error?.issues.map((issue) => issue.message) ?? []);
}

const long = 'x'.repeat(5001);

describe('the Welsh for the shared schemas’ messages', () => {
  it('has every message the portal’s forms can show', async () => {
    const welsh = await loadTranslations('cy', 'validation');
    const messages = new Set([
      ...messagesOf(linkAccountSchema, [{}, { code: '' }, { code: 'K7PM' }]),
      ...messagesOf(newThreadSchema, [{}, { subject: 'a', body: ' ' }, { subject: long, body: long, attachmentIds: ['x', 'x', 'x', 'x', 'x', 'x'] }]),
      ...messagesOf(replySchema, [{}, { body: long }]),
      ...messagesOf(changeOfCircumstancesSchema, [{}, { details: 'short' }, { kind: 'other', details: long }]),
      ...messagesOf(documentUploadSchema, [{}, { title: long, attachmentId: 'x' }]),
      ...messagesOf(viewSubmissionSchema, [{}, { aboutPersonId: 'x', text: 'short' }, { text: long }]),
      ...messagesOf(helpRequestSubmissionSchema, [{}, { whatIsHappening: 'short', preferredContact: 'phone' }, { whatIsHappening: long, helpWanted: long, contactPhone: '1' }]),
      // Text the database cannot store, in any of them, and in the name of a file.
      ...messagesOf(replySchema, [{ body: 'Hello\u0000' }]),
      unstorableFileNameMessage,
    ]);
    const missing = [...messages].filter((message) => !(message in welsh));
    expect(missing).toEqual([]);
    expect(messages.size).toBeGreaterThan(20);
  });
});
