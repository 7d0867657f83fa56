import { z } from 'zod';
import { caseNoteSubmissionSchema } from '../casework';
import { newThreadSchema } from '../portal';
import { publicConcernSchema } from '../referrals';
import { findUnstorableText, isStorableText, storableText, unstorableTextMessage, UNSTORABLE_TEXT_REPORT_LIMIT } from './storable-text';

const issuesOf = (result: z.ZodSafeParseResult<unknown>) => result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('isStorableText', () => {
  it('stores ordinary text in any language, emoji, tabs and line breaks', () => {
    for (const text of ['', 'Jamie’s school', 'Dydd Llun, 4 Mehefin', 'Zoë Łukasiewicz-Núñez', '子供', 'مرحبا', '😀 👨‍👩‍👧', 'one\ttwo\nthree\r\nfour', '\u00a0\u2028\u200b']) {
      expect(isStorableText(text)).toBe(true);
    }
  });

  it('refuses NUL wherever it is', () => {
    expect(isStorableText('\u0000')).toBe(false);
    expect(isStorableText('before\u0000after')).toBe(false);
    expect(isStorableText('the end\u0000')).toBe(false);
  });

  it('refuses a lone surrogate, high or low, but not a pair', () => {
    expect(isStorableText('\ud83d')).toBe(false);
    expect(isStorableText('cut emoji \ud83d')).toBe(false);
    expect(isStorableText('\ude00 at the start')).toBe(false);
    expect(isStorableText('reversed \ude00\ud83d')).toBe(false);
    expect(isStorableText('\ud83d\ude00')).toBe(true);
  });

  it('refuses the C0 control characters other than tab, line feed and carriage return', () => {
    const allowed = new Set([0x09, 0x0a, 0x0d]);
    for (let code = 0; code < 0x20; code++) {
      expect([code, isStorableText(`a${String.fromCharCode(code)}b`)]).toEqual([code, allowed.has(code)]);
    }
  });

  it('keeps DEL, the C1 controls and the noncharacters, which UTF-8, PostgreSQL and XML carry', () => {
    for (const text of ['\u007f', '\u0080', '\u0093', '\u009f', '\ufffe', '\uffff', '\ufffd']) expect(isStorableText(text)).toBe(true);
  });

  it('agrees with what JSON.parse gives for escapes sent in a request body', () => {
    expect(isStorableText(JSON.parse('"a\\u0000b"'))).toBe(false);
    expect(isStorableText(JSON.parse('"a\\ud800b"'))).toBe(false);
    expect(isStorableText(JSON.parse('"a\\ud83d\\ude00b"'))).toBe(true);
    // Invalid UTF-8 bytes are decoded as U+FFFD, which is storable.
    expect(isStorableText(Buffer.from([0x61, 0xff, 0xfe, 0x62]).toString('utf8'))).toBe(true);
  });
});

describe('findUnstorableText', () => {
  it('finds nothing in storable values', () => {
    expect(findUnstorableText({ a: 'fine', b: [1, 'ok', { c: null, d: true }], e: undefined })).toEqual([]);
    expect(findUnstorableText(undefined)).toEqual([]);
    expect(findUnstorableText(42)).toEqual([]);
  });

  it('gives the path of every unstorable string and key, in the order they were sent', () => {
    const value = {
      name: 'a\u0000',
      subjects: [{ givenName: 'ok' }, { givenName: 'Sam', notes: ['fine', '\ud800'] }],
      ['bad\u0001key']: 'value is fine',
      tail: '\u001b[31m',
    };
    expect(findUnstorableText(value)).toEqual([
      { path: ['name'], message: unstorableTextMessage },
      { path: ['subjects', 1, 'notes', 1], message: unstorableTextMessage },
      { path: ['bad\u0001key'], message: unstorableTextMessage },
      { path: ['tail'], message: unstorableTextMessage },
    ]);
  });

  it('reports a place once when both its key and its text are unstorable', () => {
    expect(findUnstorableText({ ['a\u0000']: 'b\u0000' })).toEqual([{ path: ['a\u0000'], message: unstorableTextMessage }]);
  });

  it('checks a bare string, and objects of any class (parsed query strings and path parameters are not plain objects)', () => {
    expect(findUnstorableText('\u0000')).toEqual([{ path: [], message: unstorableTextMessage }]);
    const query = Object.assign(Object.create(null) as Record<string, unknown>, { q: ['x', 'y\u0000'] });
    expect(findUnstorableText(query)).toEqual([{ path: ['q', 1], message: unstorableTextMessage }]);
    class Params {
      id = 'a\u0000';
    }
    expect(findUnstorableText(new Params())).toEqual([{ path: ['id'], message: unstorableTextMessage }]);
  });

  it('reports at most the limit, however many there are', () => {
    const many = Array.from({ length: 500_000 }, () => '\u0000');
    expect(findUnstorableText(many)).toHaveLength(UNSTORABLE_TEXT_REPORT_LIMIT);
    expect(findUnstorableText(many, 3).map((place) => place.path)).toEqual([[0], [1], [2]]);
  });

  it('searches any depth without running out of stack', () => {
    let deep: unknown = '\u0000';
    for (let depth = 0; depth < 100_000; depth++) deep = [deep];
    expect(findUnstorableText(deep)[0]?.path).toHaveLength(100_000);
  });

  it('searches a long flat list, as a 1 MB request body can hold', () => {
    const long: unknown[] = Array.from({ length: 500_000 }, () => 0);
    long.push('\u0000');
    expect(findUnstorableText(long).map((place) => place.path)).toEqual([[500_000]]);
  });

  it('leaves bytes, dates and other values without text alone', () => {
    expect(findUnstorableText({ file: Buffer.from([0, 1, 2]), bytes: new Uint8Array([0]).buffer, at: new Date(0), n: 0, yes: true })).toEqual([]);
  });
});

describe('the storableText check', () => {
  const note = z
    .object({
      title: z.string().trim().min(1, { error: 'Enter a title' }),
      body: z.string().max(20, { error: 'Too long' }),
      tags: z.array(z.string()).default([]),
    })
    .strict()
    .check(storableText);

  it('passes storable text through unchanged', () => {
    expect(note.parse({ title: ' Visit ', body: 'Seen\tat home', tags: ['😀'] })).toEqual({ title: 'Visit', body: 'Seen\tat home', tags: ['😀'] });
  });

  it('gives each unstorable field the message, at its path', () => {
    expect(issuesOf(note.safeParse({ title: 'Visit\u0000', body: 'ok', tags: ['fine', 'x\udfff'] }))).toEqual([
      ['title', unstorableTextMessage],
      ['tags.1', unstorableTextMessage],
    ]);
  });

  it('runs alongside the fields’ own checks, so a form shows every problem at once', () => {
    expect(issuesOf(note.safeParse({ title: '', body: '\u0000 is far too long for this' }))).toEqual([
      ['title', 'Enter a title'],
      ['body', 'Too long'],
      ['body', unstorableTextMessage],
    ]);
  });

  it('reports a place once when a nested schema has the check too', () => {
    const outer = z.object({ note, label: z.string() }).check(storableText);
    expect(issuesOf(outer.safeParse({ note: { title: 'a\u0000', body: 'ok' }, label: '\u0000' }))).toEqual([
      ['note.title', unstorableTextMessage],
      ['label', unstorableTextMessage],
    ]);
  });

  it('keeps the schema’s type and shape, and works on unions and single strings', () => {
    expect(Object.keys(note.shape)).toEqual(['title', 'body', 'tags']);
    const either = z.discriminatedUnion('kind', [z.object({ kind: z.literal('a'), text: z.string() }), z.object({ kind: z.literal('b') })]).check(storableText);
    expect(issuesOf(either.safeParse({ kind: 'a', text: '\u0007' }))).toEqual([['text', unstorableTextMessage]]);
    expect(issuesOf(z.string().check(storableText).safeParse('\u0000'))).toEqual([['', unstorableTextMessage]]);
  });
});

describe('the shared request schemas', () => {
  it('refuse unstorable text in a case note, a public concern’s nested child and a family message, at its path', () => {
    const note = { noteType: 'home-visit', occurredAt: '2026-03-02T10:00:00Z', body: 'Seen at home\u0000', sensitivity: 'standard' };
    expect(issuesOf(caseNoteSubmissionSchema.safeParse(note))).toEqual([['body', unstorableTextMessage]]);
    const concern = publicConcernSchema.safeParse({
      anonymous: true,
      relationshipToChild: 'acquaintance',
      subjects: [{ kind: 'unidentified', givenName: 'Sa\ud800m', approximateAge: 7 }],
      concerns: ['16A'],
      description: 'The child is often left alone at night.',
      urgency: 'within-24-hours',
    });
    expect(issuesOf(concern)).toEqual([['subjects.0.givenName', unstorableTextMessage]]);
    expect(issuesOf(newThreadSchema.safeParse({ subject: 'School', body: 'Hello\u0007', attachmentIds: [] }))).toEqual([['body', unstorableTextMessage]]);
  });
});
