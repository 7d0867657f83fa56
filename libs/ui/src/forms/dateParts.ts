/**
 * Reads a GOV.UK date input (day, month, year typed separately) into a YYYY-MM-DD date, with the
 * Design System's error messages, which say which part is missing or wrong.
 */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateParts;

export const emptyDateParts: DateParts = { day: '', month: '', year: '' };

export interface DatePartsOptions {
  /** How the message names the date, sentence case: "Date of birth", "The date it happened". */
  label: string;
  /** Whether leaving it empty is an error ("Enter …"). */
  required?: boolean;
  /** Today as YYYY-MM-DD in UK time: when given, later dates are refused. */
  notAfter?: string;
  /** Says "must be in the past" (a date of birth) rather than "must be today or in the past". */
  strictlyPast?: boolean;
}

export type DatePartsResult =
  | { date: string | null; error?: undefined; parts?: undefined }
  | { date?: undefined; error: string; /** The parts to highlight; all of them when the whole date is wrong. */ parts: DatePart[] };

const partOrder: DatePart[] = ['day', 'month', 'year'];

function listParts(parts: DatePart[]): string {
  return parts.length === 1 ? `a ${parts[0]}` : `a ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

export function parseDateParts(values: DateParts, options: DatePartsOptions): DatePartsResult {
  const trimmed = { day: values.day.trim(), month: values.month.trim(), year: values.year.trim() };
  const missing = partOrder.filter((part) => trimmed[part] === '');
  const lowerLabel = options.label.charAt(0).toLowerCase() + options.label.slice(1);
  if (missing.length === 3) {
    return options.required ? { error: `Enter ${lowerLabel}`, parts: [...partOrder] } : { date: null };
  }
  if (missing.length > 0) return { error: `${options.label} must include ${listParts(missing)}`, parts: missing };

  const notNumbers = partOrder.filter((part) => !/^\d+$/.test(trimmed[part]));
  if (notNumbers.length > 0) return { error: `${options.label} must be a real date`, parts: notNumbers };
  if (trimmed.year.length !== 4) return { error: 'Year must include 4 numbers', parts: ['year'] };

  const day = Number(trimmed.day);
  const month = Number(trimmed.month);
  const year = Number(trimmed.year);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    const wrong: DatePart[] = month < 1 || month > 12 ? ['month'] : ['day'];
    return { error: `${options.label} must be a real date`, parts: wrong };
  }
  const date = `${trimmed.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (options.notAfter) {
    const tooLate = options.strictlyPast ? date >= options.notAfter : date > options.notAfter;
    if (tooLate) return { error: `${options.label} must be ${options.strictlyPast ? 'in the past' : 'today or in the past'}`, parts: [...partOrder] };
  }
  return { date };
}

/** "2015-03-04" → { day: '4', month: '3', year: '2015' }, to fill a date input. */
export function datePartsOf(isoDate: string): DateParts {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}
