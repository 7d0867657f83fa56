import { z } from 'zod';

/** The kinds of case note any agency records on a family's case. */
export const noteTypes = {
  'case-note': { label: 'Case note' },
  contact: { label: 'Contact' },
  'home-visit': { label: 'Home visit' },
  'phone-call': { label: 'Phone call' },
  meeting: { label: 'Meeting' },
} as const satisfies Record<string, { label: string }>;
export type NoteType = keyof typeof noteTypes;
export const noteTypeCodes = Object.keys(noteTypes) as [NoteType, ...NoteType[]];

export const noteTypeSchema = z.enum(noteTypeCodes, { error: 'Select the kind of note' });
