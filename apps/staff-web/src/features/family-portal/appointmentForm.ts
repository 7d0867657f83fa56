import { fieldErrorsFromIssues, parseDateParts, type DatePart, type DateParts, type FieldErrors } from '@childfirst/ui';
import { appointmentRequestSchema } from '@childfirst/domain/portal';
import type { NewAppointment } from '../../api/portalTypes';
import { londonDateTimeToIso, parseTime } from '../../forms/dateTime';

export interface AppointmentFormValues {
  startsOn: DateParts;
  startTime: string;
  endTime: string;
  title: string;
  location: string;
}

export function appointmentFields(dateParts: DatePart[]) {
  return [
    { name: 'startsOn', id: `startsOn-${dateParts[0] ?? 'day'}` },
    { name: 'startTime', id: 'startTime' },
    { name: 'endTime', id: 'endTime' },
    { name: 'title', id: 'title' },
    { name: 'location', id: 'location' },
  ];
}

/** The API's field errors, keyed as this form keys its fields (it asks for the date and the times apart). */
export function appointmentErrorsFromApi(errors: Record<string, string>): FieldErrors {
  const { startsAt, endsAt, ...rest } = errors;
  return { ...rest, ...(startsAt ? { startTime: startsAt } : {}), ...(endsAt ? { endTime: endsAt } : {}) };
}

export type AppointmentValidation =
  | { appointment: NewAppointment; errors?: undefined; dateParts?: undefined }
  | { appointment?: undefined; errors: FieldErrors; dateParts: DatePart[] };

/**
 * Checks the appointment with the API's appointmentRequestSchema. The date and times are read in
 * UK time; an appointment is coming up, so it must start in the future.
 */
export function validateAppointment(values: AppointmentFormValues, now: Date, today: string): AppointmentValidation {
  const errors: FieldErrors = {};
  let dateParts: DatePart[] = [];
  const date = parseDateParts(values.startsOn, { label: 'The date of the appointment', required: true });
  if (date.error !== undefined) {
    errors.startsOn = date.error;
    dateParts = date.parts;
  } else if (date.date && date.date < today) {
    errors.startsOn = 'The date of the appointment must be today or in the future';
    dateParts = ['day', 'month', 'year'];
  }

  const start = parseTime(values.startTime);
  if (!values.startTime.trim()) errors.startTime = 'Enter the time it starts, like 9:30am or 14:30';
  else if (!start) errors.startTime = 'Enter the time it starts as a real time, like 9:30am or 14:30';
  const end = values.endTime.trim() ? parseTime(values.endTime) : null;
  if (values.endTime.trim() && !end) errors.endTime = 'Enter the time it ends as a real time, like 10:30am or 15:00, or leave it empty';

  let startsAt: string | undefined;
  let endsAt: string | undefined;
  if (date.date && !errors.startsOn && start) {
    startsAt = londonDateTimeToIso(date.date, start);
    if (new Date(startsAt).getTime() <= now.getTime()) errors.startTime = 'The time it starts must be in the future';
    if (end) endsAt = londonDateTimeToIso(date.date, end);
  }

  const parsed = appointmentRequestSchema.safeParse({
    startsAt,
    endsAt,
    title: values.title,
    location: values.location.trim() || undefined,
  });
  const schemaErrors = appointmentErrorsFromApi(parsed.success ? {} : (fieldErrorsFromIssues(parsed.error.issues) as Record<string, string>));
  // The date or the time already says what is wrong with when it starts.
  if (errors.startsOn || errors.startTime) delete schemaErrors.startTime;
  for (const [field, message] of Object.entries(schemaErrors)) errors[field] ??= message;

  if (Object.keys(errors).length > 0 || !parsed.success) return { errors, dateParts };
  return { appointment: parsed.data };
}
