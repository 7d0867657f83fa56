/**
 * Times as people type them ("9:30am", "2.15pm", "14:30", "9am", "midday"), turned into instants in
 * UK time, whatever zone the device is set to: staff and families are in England.
 */
export interface TimeOfDay {
  hours: number;
  minutes: number;
}

export function parseTime(text: string): TimeOfDay | null {
  const typed = text.trim().toLowerCase().replace(/\s+/g, '').replace(/\./g, ':');
  if (typed === 'midday' || typed === 'noon') return { hours: 12, minutes: 0 };
  if (typed === 'midnight') return { hours: 0, minutes: 0 };
  const match = /^(\d{1,2})(?::(\d{2}))?(am|pm)?$/.exec(typed);
  if (!match) return null;
  const [, hourText = '', minuteText, half] = match;
  let hours = Number(hourText);
  const minutes = minuteText === undefined ? 0 : Number(minuteText);
  if (minutes > 59) return null;
  if (half) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (half === 'pm' ? 12 : 0);
  } else if (minuteText === undefined || hours > 23) {
    // "9" alone could be morning or evening: ask for am or pm, or the 24-hour clock.
    return null;
  }
  return { hours, minutes };
}

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The UTC milliseconds at which London's clocks show this wall-clock time. */
function londonWallClockAsUtc(instant: number): number {
  const parts = Object.fromEntries(londonParts.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
}

/** "2026-03-27" at 9:30 in London → "2026-03-27T09:30:00.000Z" (or 08:30Z in summer time). */
export function londonDateTimeToIso(date: string, time: TimeOfDay): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const wanted = Date.UTC(year, month - 1, day, time.hours, time.minutes);
  // London is UTC or one hour ahead: correct the first guess by the offset it shows.
  const instant = wanted - (londonWallClockAsUtc(wanted) - wanted);
  return new Date(instant).toISOString();
}

/**
 * When something happened, for a form that asks only for the date: a day that is today happened
 * "now" as far as anyone can tell; an earlier day is dated midday UTC, which is the same day in UK
 * time all year round.
 */
export function instantOfDate(date: string, today: string, now: Date): string {
  return date === today ? now.toISOString() : `${date}T12:00:00.000Z`;
}
