import { z } from 'zod';
import { ragRatingCodes } from './rag';
import { referralSources, type ReferralSource } from './referral-source';
import { referralStatuses } from './referral-status';
import { clockStates } from './schemas';
import { storableText } from '../text';

/**
 * A repeatable query-string parameter. `?rag=red&rag=amber` arrives as an array, `?rag=red` as a
 * string, and `?rag=red,amber` is accepted too. Blank values are dropped and repeats kept once, in
 * the order first given; absent means "no filter" (undefined).
 */
function repeatable<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.preprocess(
    (input) => {
      if (input === undefined || input === null) return undefined;
      const list = (Array.isArray(input) ? input : [input]).flatMap((item) =>
        typeof item === 'string' ? item.split(',').map((part) => part.trim()) : [item],
      );
      const kept = list.filter((item) => item !== '');
      return kept.length === 0 ? undefined : [...new Set(kept)];
    },
    z.array(z.enum(values, { error: message })).optional(),
  );
}

const referralSourceCodes = Object.keys(referralSources) as [ReferralSource, ...ReferralSource[]];

/** Query-string booleans: only `true` and `false` (and real booleans, for callers that parsed already). */
const queryBoolean = (message: string) =>
  z.preprocess(
    (input) => (input === 'true' ? true : input === 'false' ? false : input),
    z.boolean({ error: message }),
  );

/** The staff app's triage queue filters, parsed from the query string. */
export const triageQueueFilterSchema = z
  .object({
    status: z.enum(referralStatuses, { error: 'status must be awaiting-decision or decided' }).default('awaiting-decision'),
    rag: repeatable(ragRatingCodes, 'rag must be red, amber or green'),
    source: repeatable(referralSourceCodes, `source must be one of ${referralSourceCodes.join(', ')}`),
    clockState: repeatable(clockStates, `clockState must be one of ${clockStates.join(', ')}`),
    includeAlerts: queryBoolean('includeAlerts must be true or false').default(false),
  })
  .strict()
  .check(storableText);
export type TriageQueueFilter = z.infer<typeof triageQueueFilterSchema>;
