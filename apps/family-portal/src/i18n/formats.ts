import { formatDate, formatDateTime, formatDeadline, formatTime } from '@childfirst/ui';
import { useTranslation } from './i18n';
import type { Language } from './i18n';

/** Dates, times and sizes in the page's language, always in UK time. */
export interface Formats {
  /** "4 June 2025" / "4 Mehefin 2025"; with the weekday, "Wednesday 4 June 2025". */
  date(value: string | Date, options?: { weekday?: boolean }): string;
  /** "9:15am" / "9:15yb". */
  time(value: string | Date): string;
  /** "4 June 2025 at 9:15am" / "4 Mehefin 2025 am 9:15yb". */
  dateTime(value: string | Date, options?: { weekday?: boolean }): string;
  /** A deadline at midnight is the minute before, as the GOV.UK style guide advises. */
  deadline(value: string | Date, options?: { weekday?: boolean }): string;
  /** "2.4 MB", "120 KB". */
  fileSize(bytes: number): string;
  number(value: number): string;
}

const timeZone = 'Europe/London';
const toDate = (value: string | Date) => (typeof value === 'string' ? new Date(value) : value);

function fileSizeIn(locale: string) {
  const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (bytes: number) => {
    if (bytes >= 1024 * 1024) return `${oneDecimal.format(bytes / (1024 * 1024))} MB`;
    return `${oneDecimal.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
  };
}

const english: Formats = {
  date: formatDate,
  time: formatTime,
  dateTime: formatDateTime,
  deadline: formatDeadline,
  fileSize: fileSizeIn('en-GB'),
  number: (value) => new Intl.NumberFormat('en-GB').format(value),
};

/** Welsh as Welsh government services write it: "4 Mehefin 2025 am 9:15yb", "canol dydd". */
function welshFormats(): Formats {
  const dateFormat = new Intl.DateTimeFormat('cy-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric' });
  const weekdayFormat = new Intl.DateTimeFormat('cy-GB', { timeZone, weekday: 'long' });
  const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone, hour: 'numeric', minute: '2-digit', hourCycle: 'h23' });
  const date = (value: string | Date, options: { weekday?: boolean } = {}) => {
    const day = dateFormat.format(toDate(value));
    return options.weekday ? `${weekdayFormat.format(toDate(value))} ${day}` : day;
  };
  const time = (value: string | Date) => {
    const parts = timeFormat.formatToParts(toDate(value));
    const hour = Number(parts.find((part) => part.type === 'hour')?.value ?? 0);
    const minute = parts.find((part) => part.type === 'minute')?.value ?? '00';
    if (minute === '00' && hour === 12) return 'canol dydd';
    if (minute === '00' && hour === 0) return 'canol nos';
    const hour12 = hour % 12 === 0 ? 12 : hour % 12;
    return `${hour12}${minute === '00' ? '' : `:${minute}`}${hour < 12 ? 'yb' : 'yh'}`;
  };
  const dateTime = (value: string | Date, options: { weekday?: boolean } = {}) => `${date(value, options)} am ${time(value)}`;
  return {
    date,
    time,
    dateTime,
    deadline: (value, options = {}) => {
      const due = toDate(value);
      if (time(due) === 'canol nos') return `${date(new Date(due.getTime() - 60_000), options)} am 11:59yh`;
      return dateTime(due, options);
    },
    fileSize: fileSizeIn('cy-GB'),
    number: (value) => new Intl.NumberFormat('cy-GB').format(value),
  };
}

let welsh: Formats | undefined;

export function formatsFor(language: Language): Formats {
  if (language === 'cy') return (welsh ??= welshFormats());
  return english;
}

export function useFormats(): Formats {
  const { i18n } = useTranslation();
  return formatsFor(i18n.language === 'cy' ? 'cy' : 'en');
}
