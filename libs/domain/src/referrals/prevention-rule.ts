import { z } from 'zod';
import { agencyCodes, agencySchema, type Agency } from '../agencies';

/**
 * The prevention alert (PRODUCT.md promise 5): "two concerns about one child from different
 * agencies close together raise an alert", even when each concern alone was below the threshold
 * for a referral. The thresholds are configuration, so a council changes them without a release.
 */
export const DEFAULT_PREVENTION_WINDOW_DAYS = 7;
export const DEFAULT_PREVENTION_MINIMUM_AGENCIES = 2;
export const DEFAULT_PREVENTION_MINIMUM_CONCERNS = 2;

export const preventionRuleConfigSchema = z
  .object({
    windowDays: z
      .number({ error: 'The window must be a whole number of days from 1 to 366' })
      .int({ error: 'The window must be a whole number of days from 1 to 366' })
      .min(1, { error: 'The window must be a whole number of days from 1 to 366' })
      .max(366, { error: 'The window must be a whole number of days from 1 to 366' })
      .default(DEFAULT_PREVENTION_WINDOW_DAYS),
    minimumDistinctAgencies: z
      .number({ error: `The number of agencies must be a whole number from 1 to ${agencyCodes.length}` })
      .int({ error: `The number of agencies must be a whole number from 1 to ${agencyCodes.length}` })
      .min(1, { error: `The number of agencies must be a whole number from 1 to ${agencyCodes.length}` })
      .max(agencyCodes.length, { error: `The number of agencies must be a whole number from 1 to ${agencyCodes.length}` })
      .default(DEFAULT_PREVENTION_MINIMUM_AGENCIES),
    minimumConcerns: z
      .number({ error: 'The number of concerns must be a whole number from 1 to 100' })
      .int({ error: 'The number of concerns must be a whole number from 1 to 100' })
      .min(1, { error: 'The number of concerns must be a whole number from 1 to 100' })
      .max(100, { error: 'The number of concerns must be a whole number from 1 to 100' })
      .default(DEFAULT_PREVENTION_MINIMUM_CONCERNS),
  })
  .strict();
export type PreventionRuleConfig = z.infer<typeof preventionRuleConfigSchema>;
export type PreventionRuleConfigInput = z.input<typeof preventionRuleConfigSchema>;

export const defaultPreventionRuleConfig: PreventionRuleConfig = preventionRuleConfigSchema.parse({});

/** A concern about a child from one agency: a referral, or a signal below the referral threshold. */
export const preventionSignalSchema = z
  .object({
    personId: z.string({ error: 'Give the id of the child' }).min(1, { error: 'Give the id of the child' }),
    agency: agencySchema,
    receivedAt: z.iso.datetime({ offset: true, error: 'Give when the signal was received, with the time' }),
    signalId: z.string({ error: 'Give the signal id as text' }).min(1, { error: 'Give the signal id as text' }).optional(),
    referralId: z.string({ error: 'Give the referral id as text' }).min(1, { error: 'Give the referral id as text' }).optional(),
    belowThreshold: z.boolean({ error: 'Say whether the signal was below the referral threshold' }),
  })
  .strict()
  .refine((signal) => (signal.signalId === undefined) !== (signal.referralId === undefined), {
    error: 'Give either a signalId or a referralId',
    path: ['signalId'],
  });

interface PreventionSignalBase {
  personId: string;
  agency: Agency;
  /** ISO 8601 date and time. */
  receivedAt: string;
  belowThreshold: boolean;
}
export type PreventionSignal = PreventionSignalBase &
  ({ signalId: string; referralId?: undefined } | { referralId: string; signalId?: undefined });

export interface PreventionAlert {
  personId: string;
  /** The agencies the signals came from, in agency list order. */
  agencies: Agency[];
  /** The id of each signal (its signalId or referralId), oldest first. */
  signalIds: string[];
  /** Received time of the oldest and newest signal, as ISO 8601 UTC. */
  firstAt: string;
  lastAt: string;
  windowDays: number;
  /** True when no signal alone reached the referral threshold: the case the rule exists for. */
  allBelowThreshold: boolean;
}

const DAY_MS = 86_400_000;

function instant(value: Date | string, label: string): number {
  const time = typeof value === 'string' ? Date.parse(value) : value instanceof Date ? value.getTime() : Number.NaN;
  if (Number.isNaN(time)) throw new RangeError(`${label} must be a valid date and time, got ${String(value)}`);
  return time;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The alerts due at `now`. The window is the trailing `windowDays` × 24 hours, both ends included:
 * a signal received exactly `windowDays` days before `now` counts, one received after `now` does
 * not. A child raises an alert when their signals in the window come from at least
 * `minimumDistinctAgencies` agencies and number at least `minimumConcerns` (several from one agency
 * count as concerns but as one agency). Signals count whether or not each was below the threshold;
 * a signal id seen twice counts once. Alerts are ordered by personId, signals oldest first (then
 * by id), so the same input always gives the same output. Throws for invalid configuration or an
 * unreadable time.
 */
export function evaluatePreventionRule(
  signals: readonly PreventionSignal[],
  config: PreventionRuleConfigInput,
  now: Date | string,
): PreventionAlert[] {
  const rule = preventionRuleConfigSchema.parse(config);
  const end = instant(now, 'now');
  const start = end - rule.windowDays * DAY_MS;

  const byPerson = new Map<string, Map<string, { id: string; at: number; signal: PreventionSignal }>>();
  for (const signal of signals) {
    const at = instant(signal.receivedAt, `receivedAt of signal ${signal.signalId ?? signal.referralId}`);
    if (at < start || at > end) continue;
    const id = signal.signalId ?? signal.referralId;
    if (id === undefined) throw new RangeError('Each signal needs a signalId or a referralId');
    let ofPerson = byPerson.get(signal.personId);
    if (!ofPerson) {
      ofPerson = new Map();
      byPerson.set(signal.personId, ofPerson);
    }
    if (!ofPerson.has(id)) ofPerson.set(id, { id, at, signal });
  }

  const alerts: PreventionAlert[] = [];
  for (const personId of [...byPerson.keys()].sort(compareText)) {
    const inWindow = [...(byPerson.get(personId)?.values() ?? [])].sort((a, b) => a.at - b.at || compareText(a.id, b.id));
    const agencies = new Set(inWindow.map((entry) => entry.signal.agency));
    if (agencies.size < rule.minimumDistinctAgencies || inWindow.length < rule.minimumConcerns) continue;
    const first = inWindow[0];
    const last = inWindow[inWindow.length - 1];
    if (!first || !last) continue;
    alerts.push({
      personId,
      agencies: agencyCodes.filter((agency) => agencies.has(agency)),
      signalIds: inWindow.map((entry) => entry.id),
      firstAt: new Date(first.at).toISOString(),
      lastAt: new Date(last.at).toISOString(),
      windowDays: rule.windowDays,
      allBelowThreshold: inWindow.every((entry) => entry.signal.belowThreshold),
    });
  }
  return alerts;
}
