import { warningNoteSchema } from './warning-note';

const warning = {
  type: 'aggressive-dog',
  description: 'Large dog loose in the front garden bit a visitor in May 2025.',
  reviewOn: '2026-09-30',
  personTold: 'yes',
};
const messagesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('warningNoteSchema', () => {
  it('accepts a warning the person has been told about', () => {
    expect(warningNoteSchema.parse({ ...warning, description: `  ${warning.description}  ` }).description).toBe(warning.description);
  });

  it('needs a reason when the person has not been told, and refuses one when they have', () => {
    expect(messagesOf(warningNoteSchema.safeParse({ ...warning, personTold: 'not-yet' }))).toEqual([
      ['personNotToldReason', 'Give the reason the person has not been told'],
    ]);
    expect(warningNoteSchema.safeParse({ ...warning, personTold: 'no', personNotToldReason: 'Telling him would put his partner at risk.' }).success).toBe(true);
    expect(messagesOf(warningNoteSchema.safeParse({ ...warning, personNotToldReason: 'Not seen yet' }))).toEqual([
      ['personNotToldReason', 'Remove the reason: the person has been told'],
    ]);
  });

  it('needs a real review date and a described risk', () => {
    expect(messagesOf(warningNoteSchema.safeParse({ ...warning, reviewOn: '30/09/2026', description: 'dog' }))).toEqual([
      ['description', 'Describe the risk and what happened in at least 10 characters'],
      ['reviewOn', 'Enter the date to review the warning, like 2026-09-30'],
    ]);
    expect(messagesOf(warningNoteSchema.safeParse({ ...warning, type: 'dog' }))).toEqual([['type', 'Select what the warning is about']]);
  });
});
