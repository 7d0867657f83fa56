import { z } from 'zod';

/**
 * Text the platform can store, and the one message for text it cannot.
 *
 * - U+0000 (NUL): PostgreSQL's text and jsonb cannot hold it (the insert fails).
 * - Lone surrogates (half of an emoji, say, from text cut at the wrong place): not Unicode at all. UTF-8 cannot encode them,
 *   so the database driver would silently store U+FFFD instead, and a jsonb column refuses the `\ud800` escape JSON gives it.
 * - The other C0 control characters except tab, line feed and carriage return (U+0001–U+0008, U+000B, U+000C, U+000E–U+001F):
 *   invisible, never typed on purpose (they come with text pasted from other programs, or from attacks), and not allowed in
 *   XML 1.0, so a record holding one could not be exported, e-mailed or printed as it stands.
 *
 * DEL and the C1 controls (U+007F–U+009F) and the noncharacters (U+FFFE, U+FFFF…) are valid Unicode that UTF-8, PostgreSQL and
 * XML 1.0 carry, so they are stored as sent. Invalid UTF-8 bytes never reach this rule: the API decodes them as U+FFFD.
 */
// Control characters are what this pattern is for.
// eslint-disable-next-line no-control-regex
const UNSTORABLE_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|\p{Cs}/u;

/** What a person is told, at the field, in the forms and from the API alike. */
export const unstorableTextMessage = 'Remove the invisible or broken character from this answer, or type the answer again instead of pasting it';

/** For a file whose name has such a character: the name is not typed into the form, so the answer is to rename the file. */
export const unstorableFileNameMessage = 'Rename the file without the invisible or broken character in its name, then choose it again';

/** Whether the text can be stored as it is. */
export function isStorableText(text: string): boolean {
  return !UNSTORABLE_CHARACTER.test(text);
}

/** A place in a value where text cannot be stored: the path to the string (or to the object key) holding it. */
export interface UnstorableText {
  path: (string | number)[];
  message: string;
}

/** How many places are reported at most: the first ones are enough to fix, and a large request should not get a huge answer. */
export const UNSTORABLE_TEXT_REPORT_LIMIT = 20;

/**
 * Every place in a value (a decoded JSON body, a query string, path parameters, a parsed form) where a string, or the key of an
 * object, cannot be stored, in document order, the first `limit` of them. Arrays and objects are searched at any depth (without
 * recursion, so any depth JSON.parse accepts), objects by their own enumerable keys; numbers, booleans and bytes hold no text.
 */
export function findUnstorableText(value: unknown, limit = UNSTORABLE_TEXT_REPORT_LIMIT): UnstorableText[] {
  const found: UnstorableText[] = [];
  if (typeof value === 'string') return isStorableText(value) ? found : [{ path: [], message: unstorableTextMessage }];
  // One frame per open array or object, each at the item it is reading: the frames' keys are the path to where the search is.
  const frames: Frame[] = [];
  const seen = new WeakSet<object>();
  const enter = (container: unknown) => {
    if (typeof container !== 'object' || container === null || seen.has(container)) return;
    seen.add(container);
    if (Array.isArray(container)) frames.push({ items: container, entries: undefined, next: 0, key: 0 });
    // Bytes (a Buffer, say) are not text; any other object is read by its own keys: parsed query strings and path parameters
    // are objects of the parser's own classes, not plain ones.
    else if (!ArrayBuffer.isView(container) && !(container instanceof ArrayBuffer)) frames.push({ items: undefined, entries: Object.entries(container), next: 0, key: '' });
  };
  const report = () => found.push({ path: frames.map((frame) => frame.key), message: unstorableTextMessage });
  enter(value);
  while (frames.length > 0 && found.length < limit) {
    const frame = frames[frames.length - 1] as Frame;
    const index = frame.next++;
    let item: unknown;
    let keyReported = false;
    if (frame.items) {
      if (index >= frame.items.length) {
        frames.pop();
        continue;
      }
      frame.key = index;
      item = frame.items[index];
    } else {
      const entry = frame.entries?.[index];
      if (!entry) {
        frames.pop();
        continue;
      }
      frame.key = entry[0];
      // The key is text that is sent too, and may be stored (as a jsonb key, say).
      keyReported = !isStorableText(entry[0]);
      if (keyReported) report();
      item = entry[1];
    }
    if (typeof item === 'string') {
      if (!keyReported && !isStorableText(item)) report();
    } else {
      enter(item);
    }
  }
  return found.slice(0, limit);
}

interface Frame {
  items: readonly unknown[] | undefined;
  entries: [string, unknown][] | undefined;
  next: number;
  key: string | number;
}

/**
 * The zod check for it, on any schema: `z.object({…}).strict().check(storableText)`. Every string in what the schema gives
 * (nested objects and arrays included) is checked, and each unstorable one is an issue at its path with
 * `unstorableTextMessage`, alongside the schema's other issues (it runs even when some fields are already wrong, so a form
 * shows every problem at once). A place already reported, by a nested schema with the same check, is not reported twice.
 */
export const storableText = z.superRefine<unknown>(
  (value, context) => {
    const reported = new Set(context.issues.filter((issue) => issue.message === unstorableTextMessage).map((issue) => pathKey(issue.path ?? [])));
    for (const place of findUnstorableText(value)) {
      if (reported.has(pathKey(place.path))) continue;
      context.addIssue({ code: 'custom', path: place.path, message: place.message });
    }
  },
  { when: () => true },
);

function pathKey(path: readonly PropertyKey[]): string {
  return JSON.stringify(path.map(String));
}
