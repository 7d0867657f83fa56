/**
 * Dates and times as the GOV.UK style guide writes them ("4 June 2025", "5:30pm", "midday"),
 * always in UK time: staff and families are in England, whatever zone their device is set to.
 */
const timeZone = 'Europe/London';

const dateFormat = new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric' });
const weekdayDateFormat = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone, hour: 'numeric', minute: '2-digit', hourCycle: 'h23' });

function toDate(value: string | Date): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/** "4 June 2025", or "Wednesday 4 June 2025" with the weekday. */
export function formatDate(value: string | Date, options: { weekday?: boolean } = {}): string {
  return (options.weekday ? weekdayDateFormat : dateFormat).format(toDate(value)).replace(',', '');
}

/** "5:30pm", "9am", "midday", "midnight". */
export function formatTime(value: string | Date): string {
  const parts = timeFormat.formatToParts(toDate(value));
  const hour = Number(parts.find((part) => part.type === 'hour')?.value ?? 0);
  const minute = parts.find((part) => part.type === 'minute')?.value ?? '00';
  if (minute === '00' && hour === 12) return 'midday';
  if (minute === '00' && hour === 0) return 'midnight';
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${hour12}${minute === '00' ? '' : `:${minute}`}${hour < 12 ? 'am' : 'pm'}`;
}

/** "4 June 2025 at 5:30pm". */
export function formatDateTime(value: string | Date, options: { weekday?: boolean } = {}): string {
  return `${formatDate(value, options)} at ${formatTime(value)}`;
}

/**
 * A deadline. One that falls exactly at midnight is written as 11:59pm on the day before, as the
 * GOV.UK style guide advises: "Tuesday at midnight" is read by many as the end of Tuesday, a day late.
 */
export function formatDeadline(value: string | Date, options: { weekday?: boolean } = {}): string {
  const due = toDate(value);
  if (formatTime(due) === 'midnight') return `${formatDate(new Date(due.getTime() - 60_000), options)} at 11:59pm`;
  return formatDateTime(due, options);
}

const isoDateFormat = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in the UK at `now`, as YYYY-MM-DD: "today" for forms, whatever the device's zone. */
export function ukDateOf(now: Date): string {
  return isoDateFormat.format(now);
}
